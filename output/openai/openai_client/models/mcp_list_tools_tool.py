"""MCPListToolsTool: A tool available on an MCP server."""

from typing import Any

from pydantic import Field

from .._base_model import BaseModel

__all__ = ["MCPListToolsTool"]


class MCPListToolsTool(BaseModel):
    """A tool available on an MCP server."""

    name: str
    """The name of the tool."""

    description: str | None = None

    input_schema: dict[str, Any]
    """The JSON schema describing the tool's input."""

    annotations_: dict[str, Any] | None = Field(default=None, alias="annotations")
    """Wire name: `annotations`."""
