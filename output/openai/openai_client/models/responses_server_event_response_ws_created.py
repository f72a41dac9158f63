"""ResponsesServerEventResponseWsCreated: An event that is emitted when a response is
created.
"""

from .response_created_event import ResponseCreatedEvent

__all__ = ["ResponsesServerEventResponseWsCreated"]


class ResponsesServerEventResponseWsCreated(ResponseCreatedEvent):
    """An event that is emitted when a response is created."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .response import Response as Response  # noqa: E402
