"""ResponsesServerEventResponseShellCallOutputContentWsDelta: A streaming event that
indicated shell call output was incrementally added.
"""

from .response_shell_call_output_content_delta_streaming_event import (
    ResponseShellCallOutputContentDeltaStreamingEvent,
)

__all__ = ["ResponsesServerEventResponseShellCallOutputContentWsDelta"]


class ResponsesServerEventResponseShellCallOutputContentWsDelta(
    ResponseShellCallOutputContentDeltaStreamingEvent
):
    """A streaming event that indicated shell call output was incrementally added."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .shell_call_output_delta import (  # noqa: E402
    ShellCallOutputDelta as ShellCallOutputDelta,
)
