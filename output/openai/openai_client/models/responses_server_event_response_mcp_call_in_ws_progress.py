"""ResponsesServerEventResponseMcpCallInWsProgress: Emitted when an MCP  tool call is in
progress.
"""

from .response_mcp_call_in_progress_event import ResponseMCPCallInProgressEvent

__all__ = ["ResponsesServerEventResponseMcpCallInWsProgress"]


class ResponsesServerEventResponseMcpCallInWsProgress(ResponseMCPCallInProgressEvent):
    """Emitted when an MCP  tool call is in progress."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
