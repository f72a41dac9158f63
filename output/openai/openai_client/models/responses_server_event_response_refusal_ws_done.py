"""ResponsesServerEventResponseRefusalWsDone: Emitted when refusal text is finalized."""

from .response_refusal_done_event import ResponseRefusalDoneEvent

__all__ = ["ResponsesServerEventResponseRefusalWsDone"]


class ResponsesServerEventResponseRefusalWsDone(ResponseRefusalDoneEvent):
    """Emitted when refusal text is finalized."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
