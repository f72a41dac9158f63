"""BetaComputerCallOutputItemParam: The output of a computer tool call."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag_param import BetaAgentTagParam
from .beta_computer_call_safety_check_param import BetaComputerCallSafetyCheckParam
from .beta_computer_screenshot_image import BetaComputerScreenshotImage
from .beta_function_call_item_status import BetaFunctionCallItemStatus

__all__ = ["BetaComputerCallOutputItemParam"]


class BetaComputerCallOutputItemParam(BaseModel):
    """The output of a computer tool call."""

    agent: BetaAgentTagParam | None = None

    id: str | None = None

    call_id: str
    """The ID of the computer tool call that produced the output."""

    type: Literal["computer_call_output"]
    """The type of the computer tool call output. Always `computer_call_output`."""

    output: BetaComputerScreenshotImage
    """A computer screenshot image used with the computer use tool."""

    acknowledged_safety_checks: list[BetaComputerCallSafetyCheckParam] | None = None

    status: BetaFunctionCallItemStatus | None = None
