"""ResponsesServerEventResponseMcpListToolsWsCompleted: Emitted when the list of
available MCP tools has been successfully retrieved.
"""

from .response_mcp_list_tools_completed_event import ResponseMCPListToolsCompletedEvent

__all__ = ["ResponsesServerEventResponseMcpListToolsWsCompleted"]


class ResponsesServerEventResponseMcpListToolsWsCompleted(
    ResponseMCPListToolsCompletedEvent
):
    """Emitted when the list of available MCP tools has been successfully retrieved."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
