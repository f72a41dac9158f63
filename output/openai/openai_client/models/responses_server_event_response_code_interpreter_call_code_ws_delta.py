"""ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta: Emitted when a partial
code snippet is streamed by the code interpreter.
"""

from .response_code_interpreter_call_code_delta_event import (
    ResponseCodeInterpreterCallCodeDeltaEvent,
)

__all__ = ["ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta"]


class ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta(
    ResponseCodeInterpreterCallCodeDeltaEvent
):
    """Emitted when a partial code snippet is streamed by the code interpreter."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
