"""ResponsesServerEventResponseCodeInterpreterCallWsCompleted: Emitted when the code
interpreter call is completed.
"""

from .response_code_interpreter_call_completed_event import (
    ResponseCodeInterpreterCallCompletedEvent,
)

__all__ = ["ResponsesServerEventResponseCodeInterpreterCallWsCompleted"]


class ResponsesServerEventResponseCodeInterpreterCallWsCompleted(
    ResponseCodeInterpreterCallCompletedEvent
):
    """Emitted when the code interpreter call is completed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
