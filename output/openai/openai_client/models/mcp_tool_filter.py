"""MCPToolFilter: A filter object to specify which tools are allowed."""

from .._base_model import BaseModel

__all__ = ["MCPToolFilter"]


class MCPToolFilter(BaseModel):
    """A filter object to specify which tools are allowed."""

    tool_names: list[str] | None = None
    """List of allowed tool names."""

    read_only: bool | None = None
    """Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with
    `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter.
    """
