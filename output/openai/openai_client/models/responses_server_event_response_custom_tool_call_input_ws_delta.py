"""ResponsesServerEventResponseCustomToolCallInputWsDelta: Event representing a delta
(partial update) to the input of a custom tool call.
"""

from .response_custom_tool_call_input_delta_event import (
    ResponseCustomToolCallInputDeltaEvent,
)

__all__ = ["ResponsesServerEventResponseCustomToolCallInputWsDelta"]


class ResponsesServerEventResponseCustomToolCallInputWsDelta(
    ResponseCustomToolCallInputDeltaEvent
):
    """Event representing a delta (partial update) to the input of a custom tool call."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
