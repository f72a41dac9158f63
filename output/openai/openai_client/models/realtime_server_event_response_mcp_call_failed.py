"""RealtimeServerEventResponseMCPCallFailed: Returned when an MCP tool call has failed."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeServerEventResponseMCPCallFailed"]


class RealtimeServerEventResponseMCPCallFailed(BaseModel):
    """Returned when an MCP tool call has failed."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.mcp_call.failed"]
    """The event type, must be `response.mcp_call.failed`."""

    output_index: int
    """The index of the output item in the response."""

    item_id: str
    """The ID of the MCP tool call item."""
