"""ResponsesServerEventResponseOutputItemWsDone: Emitted when an output item is marked
done.
"""

from .response_output_item_done_event import ResponseOutputItemDoneEvent

__all__ = ["ResponsesServerEventResponseOutputItemWsDone"]


class ResponsesServerEventResponseOutputItemWsDone(ResponseOutputItemDoneEvent):
    """Emitted when an output item is marked done."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .output_item import OutputItem as OutputItem  # noqa: E402
