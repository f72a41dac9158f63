from typing import Any, Literal

from .._base_model import BaseModel
from .function_call_item_status import FunctionCallItemStatus
from .tool_search_execution_type import ToolSearchExecutionType

__all__ = ["ToolSearchCallItemParam"]


class ToolSearchCallItemParam(BaseModel):
    id: str | None = None

    call_id: str | None = None

    type: Literal["tool_search_call"]
    """The item type. Always `tool_search_call`."""

    execution: ToolSearchExecutionType | None = None
    """Whether tool search was executed by the server or by the client."""

    arguments: dict[str, Any]
    """The arguments supplied to the tool search call."""

    status: FunctionCallItemStatus | None = None
