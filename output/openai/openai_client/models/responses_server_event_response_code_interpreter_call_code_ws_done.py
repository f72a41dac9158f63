"""ResponsesServerEventResponseCodeInterpreterCallCodeWsDone: Emitted when the code
snippet is finalized by the code interpreter.
"""

from .response_code_interpreter_call_code_done_event import (
    ResponseCodeInterpreterCallCodeDoneEvent,
)

__all__ = ["ResponsesServerEventResponseCodeInterpreterCallCodeWsDone"]


class ResponsesServerEventResponseCodeInterpreterCallCodeWsDone(
    ResponseCodeInterpreterCallCodeDoneEvent
):
    """Emitted when the code snippet is finalized by the code interpreter."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
