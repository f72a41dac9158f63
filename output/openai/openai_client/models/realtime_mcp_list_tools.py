"""RealtimeMCPListTools: A Realtime item listing tools available on an MCP server."""

from typing import Literal

from .._base_model import BaseModel
from .mcp_list_tools_tool import MCPListToolsTool

__all__ = ["RealtimeMCPListTools"]


class RealtimeMCPListTools(BaseModel):
    """A Realtime item listing tools available on an MCP server."""

    type: Literal["mcp_list_tools"]
    """The type of the item. Always `mcp_list_tools`."""

    id: str | None = None
    """The unique ID of the list."""

    server_label: str
    """The label of the MCP server."""

    tools: list[MCPListToolsTool]
    """The tools available on the server."""
