"""RealtimeServerEventResponseMCPCallArgumentsDelta: Returned when MCP tool call
arguments are updated during response generation.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeServerEventResponseMCPCallArgumentsDelta"]


class RealtimeServerEventResponseMCPCallArgumentsDelta(BaseModel):
    """Returned when MCP tool call arguments are updated during response generation."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.mcp_call_arguments.delta"]
    """The event type, must be `response.mcp_call_arguments.delta`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the MCP tool call item."""

    output_index: int
    """The index of the output item in the response."""

    delta: str
    """The JSON-encoded arguments delta."""

    obfuscation: str | None = None
