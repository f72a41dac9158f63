"""RunStepDeltaStepDetailsToolCallsCodeObject: Details of the Code Interpreter tool call
the run step was involved in.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
    RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
)

__all__ = ["RunStepDeltaStepDetailsToolCallsCodeObject"]


class RunStepDeltaStepDetailsToolCallsCodeObject(BaseModel):
    """Details of the Code Interpreter tool call the run step was involved in."""

    index: int
    """The index of the tool call in the tool calls array."""

    id: str | None = None
    """The ID of the tool call."""

    type: Literal["code_interpreter"]
    """The type of tool call. This is always going to be `code_interpreter` for this
    type of tool call.
    """

    code_interpreter: (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter | None
    ) = None
    """The Code Interpreter tool call definition."""
