from typing import Literal

from .._base_model import BaseModel
from .function_call_output_status_enum import FunctionCallOutputStatusEnum
from .tool import Tool
from .tool_search_execution_type import ToolSearchExecutionType

__all__ = ["ToolSearchOutput"]


class ToolSearchOutput(BaseModel):
    type: Literal["tool_search_output"]
    """The type of the item. Always `tool_search_output`."""

    id: str
    """The unique ID of the tool search output item."""

    call_id: str | None

    execution: ToolSearchExecutionType
    """Whether tool search was executed by the server or by the client."""

    tools: list[Tool]
    """The loaded tool definitions returned by tool search."""

    status: FunctionCallOutputStatusEnum
    """The status of the tool search output item that was recorded."""

    created_by: str | None = None
    """The identifier of the actor that created the item."""
