"""ComputerToolCall: A tool call to a computer use tool. See the
[computer use guide](https://api.openai.com/docs/guides/tools-computer-use) for more
information.
"""

from typing import Literal

from .._base_model import BaseModel
from .computer_action import ComputerAction
from .computer_action_list import ComputerActionList
from .computer_call_safety_check_param import ComputerCallSafetyCheckParam

__all__ = ["ComputerToolCall"]


class ComputerToolCall(BaseModel):
    """A tool call to a computer use tool. See the
    [computer use guide](https://api.openai.com/docs/guides/tools-computer-use) for
    more information.
    """

    type: Literal["computer_call"]
    """The type of the computer call. Always `computer_call`."""

    id: str
    """The unique ID of the computer call."""

    call_id: str
    """An identifier used when responding to the tool call with output."""

    action: ComputerAction | None = None

    actions: ComputerActionList | None = None
    """Flattened batched actions for `computer_use`. Each action includes an
    `type` discriminator and action-specific fields.
    """

    pending_safety_checks: list[ComputerCallSafetyCheckParam]
    """The pending safety checks for the computer call."""

    status: Literal["in_progress", "completed", "incomplete"] | str
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """
