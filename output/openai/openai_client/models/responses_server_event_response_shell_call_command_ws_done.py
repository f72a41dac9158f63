"""ResponsesServerEventResponseShellCallCommandWsDone: A streaming event that indicated
a shell command was completed.
"""

from .response_shell_call_command_done_streaming_event import (
    ResponseShellCallCommandDoneStreamingEvent,
)

__all__ = ["ResponsesServerEventResponseShellCallCommandWsDone"]


class ResponsesServerEventResponseShellCallCommandWsDone(
    ResponseShellCallCommandDoneStreamingEvent
):
    """A streaming event that indicated a shell command was completed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
