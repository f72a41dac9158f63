"""ResponseMCPCallFailedEvent: Emitted when an MCP  tool call has failed."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseMCPCallFailedEvent"]


class ResponseMCPCallFailedEvent(BaseModel):
    """Emitted when an MCP  tool call has failed."""

    type: Literal["response.mcp_call.failed"]
    """The type of the event. Always 'response.mcp_call.failed'."""

    item_id: str
    """The ID of the MCP tool call item that failed."""

    output_index: int
    """The index of the output item that failed."""

    sequence_number: int
    """The sequence number of this event."""
