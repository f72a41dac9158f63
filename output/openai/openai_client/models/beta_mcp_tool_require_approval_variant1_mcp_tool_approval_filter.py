"""BetaMCPToolRequireApprovalVariant1MCPToolApprovalFilter: Specify which of the MCP
server's tools require approval. Can be
`always`, `never`, or a filter object associated with tools
that require approval.
"""

from .._base_model import BaseModel
from .beta_mcp_tool_filter import BetaMCPToolFilter

__all__ = ["BetaMCPToolRequireApprovalVariant1MCPToolApprovalFilter"]


class BetaMCPToolRequireApprovalVariant1MCPToolApprovalFilter(BaseModel):
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.
    """

    always: BetaMCPToolFilter | None = None
    """A filter object to specify which tools are allowed."""

    never: BetaMCPToolFilter | None = None
    """A filter object to specify which tools are allowed."""
