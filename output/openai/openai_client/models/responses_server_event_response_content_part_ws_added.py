"""ResponsesServerEventResponseContentPartWsAdded: Emitted when a new content part is
added.
"""

from .response_content_part_added_event import ResponseContentPartAddedEvent

__all__ = ["ResponsesServerEventResponseContentPartWsAdded"]


class ResponsesServerEventResponseContentPartWsAdded(ResponseContentPartAddedEvent):
    """Emitted when a new content part is added."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .output_content import OutputContent as OutputContent  # noqa: E402
