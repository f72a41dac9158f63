"""BetaToolChoiceMCP: Use this option to force the model to call a specific tool on a
remote MCP server.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaToolChoiceMCP"]


class BetaToolChoiceMCP(BaseModel):
    """Use this option to force the model to call a specific tool on a remote MCP
    server.
    """

    type: Literal["mcp"]
    """For MCP tools, the type is always `mcp`."""

    server_label: str
    """The label of the MCP server to use."""

    name: str | None = None
