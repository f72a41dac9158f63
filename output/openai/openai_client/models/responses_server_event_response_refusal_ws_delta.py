"""ResponsesServerEventResponseRefusalWsDelta: Emitted when there is a partial refusal
text.
"""

from .response_refusal_delta_event import ResponseRefusalDeltaEvent

__all__ = ["ResponsesServerEventResponseRefusalWsDelta"]


class ResponsesServerEventResponseRefusalWsDelta(ResponseRefusalDeltaEvent):
    """Emitted when there is a partial refusal text."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
