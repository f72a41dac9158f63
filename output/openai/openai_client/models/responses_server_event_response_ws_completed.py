"""ResponsesServerEventResponseWsCompleted: Emitted when the model response is complete."""

from .response_completed_event import ResponseCompletedEvent

__all__ = ["ResponsesServerEventResponseWsCompleted"]


class ResponsesServerEventResponseWsCompleted(ResponseCompletedEvent):
    """Emitted when the model response is complete."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .response import Response as Response  # noqa: E402
