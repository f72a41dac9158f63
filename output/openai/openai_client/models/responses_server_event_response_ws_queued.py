"""ResponsesServerEventResponseWsQueued: Emitted when a response is queued and waiting
to be processed.
"""

from .response_queued_event import ResponseQueuedEvent

__all__ = ["ResponsesServerEventResponseWsQueued"]


class ResponsesServerEventResponseWsQueued(ResponseQueuedEvent):
    """Emitted when a response is queued and waiting to be processed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .response import Response as Response  # noqa: E402
