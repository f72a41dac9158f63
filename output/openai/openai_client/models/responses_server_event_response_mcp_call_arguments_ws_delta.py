"""ResponsesServerEventResponseMcpCallArgumentsWsDelta: Emitted when there is a delta
(partial update) to the arguments of an MCP tool call.
"""

from .response_mcp_call_arguments_delta_event import ResponseMCPCallArgumentsDeltaEvent

__all__ = ["ResponsesServerEventResponseMcpCallArgumentsWsDelta"]


class ResponsesServerEventResponseMcpCallArgumentsWsDelta(
    ResponseMCPCallArgumentsDeltaEvent
):
    """Emitted when there is a delta (partial update) to the arguments of an MCP tool
    call.
    """

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
