"""ResponsesServerEventResponseFunctionCallArgumentsWsDone: Emitted when function-call
arguments are finalized.
"""

from .response_function_call_arguments_done_event import (
    ResponseFunctionCallArgumentsDoneEvent,
)

__all__ = ["ResponsesServerEventResponseFunctionCallArgumentsWsDone"]


class ResponsesServerEventResponseFunctionCallArgumentsWsDone(
    ResponseFunctionCallArgumentsDoneEvent
):
    """Emitted when function-call arguments are finalized."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
