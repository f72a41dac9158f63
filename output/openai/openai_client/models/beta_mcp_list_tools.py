"""BetaMCPListTools: A list of tools available on an MCP server."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_mcp_list_tools_tool import BetaMCPListToolsTool

__all__ = ["BetaMCPListTools"]


class BetaMCPListTools(BaseModel):
    """A list of tools available on an MCP server."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["mcp_list_tools"]
    """The type of the item. Always `mcp_list_tools`."""

    id: str
    """The unique ID of the list."""

    server_label: str
    """The label of the MCP server."""

    tools: list[BetaMCPListToolsTool]
    """The tools available on the server."""

    error: str | None = None
