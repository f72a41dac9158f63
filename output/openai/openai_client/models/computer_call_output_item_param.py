"""ComputerCallOutputItemParam: The output of a computer tool call."""

from typing import Literal

from .._base_model import BaseModel
from .computer_call_safety_check_param import ComputerCallSafetyCheckParam
from .computer_screenshot_image import ComputerScreenshotImage
from .function_call_item_status import FunctionCallItemStatus

__all__ = ["ComputerCallOutputItemParam"]


class ComputerCallOutputItemParam(BaseModel):
    """The output of a computer tool call."""

    id: str | None = None

    call_id: str
    """The ID of the computer tool call that produced the output."""

    type: Literal["computer_call_output"]
    """The type of the computer tool call output. Always `computer_call_output`."""

    output: ComputerScreenshotImage
    """A computer screenshot image used with the computer use tool."""

    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None = None

    status: FunctionCallItemStatus | None = None
