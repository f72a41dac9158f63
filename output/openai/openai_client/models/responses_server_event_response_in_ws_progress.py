"""ResponsesServerEventResponseInWsProgress: Emitted when the response is in progress."""

from .response_in_progress_event import ResponseInProgressEvent

__all__ = ["ResponsesServerEventResponseInWsProgress"]


class ResponsesServerEventResponseInWsProgress(ResponseInProgressEvent):
    """Emitted when the response is in progress."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .response import Response as Response  # noqa: E402
