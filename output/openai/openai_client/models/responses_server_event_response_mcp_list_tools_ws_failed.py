"""ResponsesServerEventResponseMcpListToolsWsFailed: Emitted when the attempt to list
available MCP tools has failed.
"""

from .response_mcp_list_tools_failed_event import ResponseMCPListToolsFailedEvent

__all__ = ["ResponsesServerEventResponseMcpListToolsWsFailed"]


class ResponsesServerEventResponseMcpListToolsWsFailed(ResponseMCPListToolsFailedEvent):
    """Emitted when the attempt to list available MCP tools has failed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
