"""ComputerCallOutputItemParam: The output of a computer tool call."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .computer_call_safety_check_param import ComputerCallSafetyCheckParam  # noqa: E402
from .computer_screenshot_image import ComputerScreenshotImage  # noqa: E402
from .function_call_item_status import FunctionCallItemStatus  # noqa: E402
