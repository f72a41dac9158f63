"""BetaComputerToolCall: A tool call to a computer use tool. See the
[computer use guide](https://api.openai.com/docs/guides/tools-computer-use) for more
information.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_computer_action import BetaComputerAction
from .beta_computer_call_safety_check_param import BetaComputerCallSafetyCheckParam

__all__ = ["BetaComputerToolCall"]


class BetaComputerToolCall(BaseModel):
    """A tool call to a computer use tool. See the
    [computer use guide](https://api.openai.com/docs/guides/tools-computer-use) for
    more information.
    """

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["computer_call"]
    """The type of the computer call. Always `computer_call`."""

    id: str
    """The unique ID of the computer call."""

    call_id: str
    """An identifier used when responding to the tool call with output."""

    action: BetaComputerAction | None = None

    actions: list[BetaComputerAction] | None = None
    """Flattened batched actions for `computer_use`. Each action includes an
    `type` discriminator and action-specific fields.
    """

    pending_safety_checks: list[BetaComputerCallSafetyCheckParam]
    """The pending safety checks for the computer call."""

    status: Literal["in_progress", "completed", "incomplete"] | str
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """
