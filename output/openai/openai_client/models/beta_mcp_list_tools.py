"""BetaMCPListTools: A list of tools available on an MCP server."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag  # noqa: E402
from .beta_mcp_list_tools_tool import BetaMCPListToolsTool  # noqa: E402
