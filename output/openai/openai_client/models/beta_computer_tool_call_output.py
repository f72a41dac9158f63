"""BetaComputerToolCallOutput: The output of a computer tool call."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_computer_call_safety_check_param import BetaComputerCallSafetyCheckParam
from .beta_computer_screenshot_image import BetaComputerScreenshotImage

__all__ = ["BetaComputerToolCallOutput"]


class BetaComputerToolCallOutput(BaseModel):
    """The output of a computer tool call."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["computer_call_output"]
    """The type of the computer tool call output. Always `computer_call_output`."""

    id: str | None = None
    """The ID of the computer tool call output."""

    call_id: str
    """The ID of the computer tool call that produced the output."""

    acknowledged_safety_checks: list[BetaComputerCallSafetyCheckParam] | None = None
    """The safety checks reported by the API that have been acknowledged by the
    developer.
    """

    output: BetaComputerScreenshotImage
    """A computer screenshot image used with the computer use tool."""

    status: Literal["in_progress", "completed", "incomplete"] | str | None = None
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """
