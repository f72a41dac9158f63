"""ToolSearchToolParam: Hosted or BYOT tool search configuration for deferred tools."""

from typing import Any, Literal

from .._base_model import BaseModel
from .tool_search_execution_type import ToolSearchExecutionType

__all__ = ["ToolSearchToolParam"]


class ToolSearchToolParam(BaseModel):
    """Hosted or BYOT tool search configuration for deferred tools."""

    type: Literal["tool_search"]
    """The type of the tool. Always `tool_search`."""

    execution: ToolSearchExecutionType | None = None
    """Whether tool search is executed by the server or by the client."""

    description: str | None = None

    parameters: dict[str, Any] | None = None
