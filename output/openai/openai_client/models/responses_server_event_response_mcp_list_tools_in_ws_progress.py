"""ResponsesServerEventResponseMcpListToolsInWsProgress: Emitted when the system is in
the process of retrieving the list of available MCP tools.
"""

from .response_mcp_list_tools_in_progress_event import (
    ResponseMCPListToolsInProgressEvent,
)

__all__ = ["ResponsesServerEventResponseMcpListToolsInWsProgress"]


class ResponsesServerEventResponseMcpListToolsInWsProgress(
    ResponseMCPListToolsInProgressEvent
):
    """Emitted when the system is in the process of retrieving the list of available MCP
    tools.
    """

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
