"""ResponsesServerEventResponseWsFailed: An event that is emitted when a response fails."""

from .response_failed_event import ResponseFailedEvent

__all__ = ["ResponsesServerEventResponseWsFailed"]


class ResponsesServerEventResponseWsFailed(ResponseFailedEvent):
    """An event that is emitted when a response fails."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .response import Response as Response  # noqa: E402
