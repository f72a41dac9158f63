"""ResponsesServerEventResponseCodeInterpreterCallWsInterpreting: Emitted when the code
interpreter is actively interpreting the code snippet.
"""

from .response_code_interpreter_call_interpreting_event import (
    ResponseCodeInterpreterCallInterpretingEvent,
)

__all__ = ["ResponsesServerEventResponseCodeInterpreterCallWsInterpreting"]


class ResponsesServerEventResponseCodeInterpreterCallWsInterpreting(
    ResponseCodeInterpreterCallInterpretingEvent
):
    """Emitted when the code interpreter is actively interpreting the code snippet."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
