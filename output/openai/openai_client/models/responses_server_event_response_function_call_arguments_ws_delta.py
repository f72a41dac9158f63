"""ResponsesServerEventResponseFunctionCallArgumentsWsDelta: Emitted when there is a
partial function-call arguments delta.
"""

from .response_function_call_arguments_delta_event import (
    ResponseFunctionCallArgumentsDeltaEvent,
)

__all__ = ["ResponsesServerEventResponseFunctionCallArgumentsWsDelta"]


class ResponsesServerEventResponseFunctionCallArgumentsWsDelta(
    ResponseFunctionCallArgumentsDeltaEvent
):
    """Emitted when there is a partial function-call arguments delta."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
