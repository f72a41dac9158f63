from typing import Literal

from .._base_model import BaseModel
from .run_step_details_tool_calls_function_object_function import (
    RunStepDetailsToolCallsFunctionObjectFunction,
)

__all__ = ["RunStepDetailsToolCallsFunctionObject"]


class RunStepDetailsToolCallsFunctionObject(BaseModel):
    id: str
    """The ID of the tool call object."""

    type: Literal["function"]
    """The type of tool call. This is always going to be `function` for this type of
    tool call.
    """

    function: RunStepDetailsToolCallsFunctionObjectFunction
    """The definition of the function that was called."""
