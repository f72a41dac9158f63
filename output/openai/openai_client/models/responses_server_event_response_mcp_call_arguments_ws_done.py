"""ResponsesServerEventResponseMcpCallArgumentsWsDone: Emitted when the arguments for an
MCP tool call are finalized.
"""

from .response_mcp_call_arguments_done_event import ResponseMCPCallArgumentsDoneEvent

__all__ = ["ResponsesServerEventResponseMcpCallArgumentsWsDone"]


class ResponsesServerEventResponseMcpCallArgumentsWsDone(
    ResponseMCPCallArgumentsDoneEvent
):
    """Emitted when the arguments for an MCP tool call are finalized."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
