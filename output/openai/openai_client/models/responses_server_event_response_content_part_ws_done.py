"""ResponsesServerEventResponseContentPartWsDone: Emitted when a content part is done."""

from .response_content_part_done_event import ResponseContentPartDoneEvent

__all__ = ["ResponsesServerEventResponseContentPartWsDone"]


class ResponsesServerEventResponseContentPartWsDone(ResponseContentPartDoneEvent):
    """Emitted when a content part is done."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .output_content import OutputContent as OutputContent  # noqa: E402
