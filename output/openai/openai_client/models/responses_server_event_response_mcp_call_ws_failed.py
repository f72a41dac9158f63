"""ResponsesServerEventResponseMcpCallWsFailed: Emitted when an MCP  tool call has
failed.
"""

from .response_mcp_call_failed_event import ResponseMCPCallFailedEvent

__all__ = ["ResponsesServerEventResponseMcpCallWsFailed"]


class ResponsesServerEventResponseMcpCallWsFailed(ResponseMCPCallFailedEvent):
    """Emitted when an MCP  tool call has failed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
