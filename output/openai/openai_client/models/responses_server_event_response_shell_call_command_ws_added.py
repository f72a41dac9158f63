"""ResponsesServerEventResponseShellCallCommandWsAdded: A streaming event that indicated
a shell command was added to a tool call.
"""

from .response_shell_call_command_added_streaming_event import (
    ResponseShellCallCommandAddedStreamingEvent,
)

__all__ = ["ResponsesServerEventResponseShellCallCommandWsAdded"]


class ResponsesServerEventResponseShellCallCommandWsAdded(
    ResponseShellCallCommandAddedStreamingEvent
):
    """A streaming event that indicated a shell command was added to a tool call."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
