"""ResponseMCPListToolsCompletedEvent: Emitted when the list of available MCP tools has
been successfully retrieved.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseMCPListToolsCompletedEvent"]


class ResponseMCPListToolsCompletedEvent(BaseModel):
    """Emitted when the list of available MCP tools has been successfully retrieved."""

    type: Literal["response.mcp_list_tools.completed"]
    """The type of the event. Always 'response.mcp_list_tools.completed'."""

    item_id: str
    """The ID of the MCP tool call item that produced this output."""

    output_index: int
    """The index of the output item that was processed."""

    sequence_number: int
    """The sequence number of this event."""
