"""ResponsesServerEventResponseReasoningTextWsDone: Emitted when a reasoning text is
completed.
"""

from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent

__all__ = ["ResponsesServerEventResponseReasoningTextWsDone"]


class ResponsesServerEventResponseReasoningTextWsDone(ResponseReasoningTextDoneEvent):
    """Emitted when a reasoning text is completed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
