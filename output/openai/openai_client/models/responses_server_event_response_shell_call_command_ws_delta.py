"""ResponsesServerEventResponseShellCallCommandWsDelta: A streaming event that indicated
a shell command was incrementally updated.
"""

from .response_shell_call_command_delta_streaming_event import (
    ResponseShellCallCommandDeltaStreamingEvent,
)

__all__ = ["ResponsesServerEventResponseShellCallCommandWsDelta"]


class ResponsesServerEventResponseShellCallCommandWsDelta(
    ResponseShellCallCommandDeltaStreamingEvent
):
    """A streaming event that indicated a shell command was incrementally updated."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
