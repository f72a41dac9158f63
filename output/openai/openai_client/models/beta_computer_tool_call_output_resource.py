from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_computer_call_output_status import BetaComputerCallOutputStatus
from .beta_computer_call_safety_check_param import BetaComputerCallSafetyCheckParam
from .beta_computer_screenshot_image import BetaComputerScreenshotImage

__all__ = ["BetaComputerToolCallOutputResource"]


class BetaComputerToolCallOutputResource(BaseModel):
    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["computer_call_output"]
    """The type of the computer tool call output. Always `computer_call_output`."""

    call_id: str
    """The ID of the computer tool call that produced the output."""

    acknowledged_safety_checks: list[BetaComputerCallSafetyCheckParam] | None = None
    """The safety checks reported by the API that have been acknowledged by the
    developer.
    """

    output: BetaComputerScreenshotImage
    """A computer screenshot image used with the computer use tool."""

    id: str
    """The unique ID of the computer call tool output."""

    status: BetaComputerCallOutputStatus
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """

    created_by: str | None = None
    """The identifier of the actor that created the item."""
