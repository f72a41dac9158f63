"""ResponsesServerEventResponseCustomToolCallInputWsDone: Event indicating that input
for a custom tool call is complete.
"""

from .response_custom_tool_call_input_done_event import (
    ResponseCustomToolCallInputDoneEvent,
)

__all__ = ["ResponsesServerEventResponseCustomToolCallInputWsDone"]


class ResponsesServerEventResponseCustomToolCallInputWsDone(
    ResponseCustomToolCallInputDoneEvent
):
    """Event indicating that input for a custom tool call is complete."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
