"""ResponsesServerEventResponseMcpCallWsCompleted: Emitted when an MCP  tool call has
completed successfully.
"""

from .response_mcp_call_completed_event import ResponseMCPCallCompletedEvent

__all__ = ["ResponsesServerEventResponseMcpCallWsCompleted"]


class ResponsesServerEventResponseMcpCallWsCompleted(ResponseMCPCallCompletedEvent):
    """Emitted when an MCP  tool call has completed successfully."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
