"""MCPToolCall: An invocation of a tool on an MCP server."""

from typing import Literal

from .._base_model import BaseModel
from .mcp_tool_call_error import MCPToolCallError
from .mcp_tool_call_status import MCPToolCallStatus

__all__ = ["MCPToolCall"]


class MCPToolCall(BaseModel):
    """An invocation of a tool on an MCP server."""

    type: Literal["mcp_call"]
    """The type of the item. Always `mcp_call`."""

    id: str
    """The unique ID of the tool call."""

    server_label: str
    """The label of the MCP server running the tool."""

    name: str
    """The name of the tool that was run."""

    arguments: str
    """A JSON string of the arguments passed to the tool."""

    output: str | None = None

    error: MCPToolCallError | None = None
    """The error from the tool call, if any."""

    status: MCPToolCallStatus | None = None
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`,
    `calling`, or `failed`.
    """

    approval_request_id: str | None = None
