from typing import Any, Literal

from .._base_model import BaseModel

__all__ = ["BetaMCPToolExecutionError"]


class BetaMCPToolExecutionError(BaseModel):
    type: Literal["mcp_tool_execution_error"]

    content: Any
