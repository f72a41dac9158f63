"""ResponsesServerEventResponseReasoningTextWsDelta: Emitted when a delta is added to a
reasoning text.
"""

from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent

__all__ = ["ResponsesServerEventResponseReasoningTextWsDelta"]


class ResponsesServerEventResponseReasoningTextWsDelta(ResponseReasoningTextDeltaEvent):
    """Emitted when a delta is added to a reasoning text."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
