"""ResponsesServerEventResponseOutputItemWsAdded: Emitted when a new output item is
added.
"""

from .response_output_item_added_event import ResponseOutputItemAddedEvent

__all__ = ["ResponsesServerEventResponseOutputItemWsAdded"]


class ResponsesServerEventResponseOutputItemWsAdded(ResponseOutputItemAddedEvent):
    """Emitted when a new output item is added."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .output_item import OutputItem as OutputItem  # noqa: E402
