from typing import Literal

from .._base_model import BaseModel
from .function_call_item_status import FunctionCallItemStatus
from .tool import Tool
from .tool_search_execution_type import ToolSearchExecutionType

__all__ = ["ToolSearchOutputItemParam"]


class ToolSearchOutputItemParam(BaseModel):
    id: str | None = None

    call_id: str | None = None

    type: Literal["tool_search_output"]
    """The item type. Always `tool_search_output`."""

    execution: ToolSearchExecutionType | None = None
    """Whether tool search was executed by the server or by the client."""

    tools: list[Tool]
    """The loaded tool definitions returned by the tool search output."""

    status: FunctionCallItemStatus | None = None
