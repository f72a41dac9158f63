"""ResponseMCPListToolsFailedEvent: Emitted when the attempt to list available MCP tools
has failed.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseMCPListToolsFailedEvent"]


class ResponseMCPListToolsFailedEvent(BaseModel):
    """Emitted when the attempt to list available MCP tools has failed."""

    type: Literal["response.mcp_list_tools.failed"]
    """The type of the event. Always 'response.mcp_list_tools.failed'."""

    item_id: str
    """The ID of the MCP tool call item that failed."""

    output_index: int
    """The index of the output item that failed."""

    sequence_number: int
    """The sequence number of this event."""
