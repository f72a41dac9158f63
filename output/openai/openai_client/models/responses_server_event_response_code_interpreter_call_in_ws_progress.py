"""ResponsesServerEventResponseCodeInterpreterCallInWsProgress: Emitted when a code
interpreter call is in progress.
"""

from .response_code_interpreter_call_in_progress_event import (
    ResponseCodeInterpreterCallInProgressEvent,
)

__all__ = ["ResponsesServerEventResponseCodeInterpreterCallInWsProgress"]


class ResponsesServerEventResponseCodeInterpreterCallInWsProgress(
    ResponseCodeInterpreterCallInProgressEvent
):
    """Emitted when a code interpreter call is in progress."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
