"""ResponsesServerEventResponseWsIncomplete: An event that is emitted when a response
finishes as incomplete.
"""

from .response_incomplete_event import ResponseIncompleteEvent

__all__ = ["ResponsesServerEventResponseWsIncomplete"]


class ResponsesServerEventResponseWsIncomplete(ResponseIncompleteEvent):
    """An event that is emitted when a response finishes as incomplete."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .response import Response as Response  # noqa: E402
