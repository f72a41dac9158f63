"""RunToolCallObject: Tool call objects"""

from typing import Literal

from .._base_model import BaseModel
from .run_tool_call_object_function import RunToolCallObjectFunction

__all__ = ["RunToolCallObject"]


class RunToolCallObject(BaseModel):
    """Tool call objects"""

    id: str
    """The ID of the tool call. This ID must be referenced when you submit the tool
    outputs in using the [Submit tool outputs to
    run](https://api.openai.com/docs/api-reference/runs/submitToolOutputs) endpoint.
    """

    type: Literal["function"]
    """The type of tool call the output is required for. For now, this is always
    `function`.
    """

    function: RunToolCallObjectFunction
    """The function definition."""
