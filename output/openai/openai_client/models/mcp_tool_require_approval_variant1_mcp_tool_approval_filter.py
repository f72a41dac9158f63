"""MCPToolRequireApprovalVariant1MCPToolApprovalFilter: Specify which of the MCP
server's tools require approval. Can be
`always`, `never`, or a filter object associated with tools
that require approval.
"""

from .._base_model import BaseModel
from .mcp_tool_filter import MCPToolFilter

__all__ = ["MCPToolRequireApprovalVariant1MCPToolApprovalFilter"]


class MCPToolRequireApprovalVariant1MCPToolApprovalFilter(BaseModel):
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.
    """

    always: MCPToolFilter | None = None
    """A filter object to specify which tools are allowed."""

    never: MCPToolFilter | None = None
    """A filter object to specify which tools are allowed."""
