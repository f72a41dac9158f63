"""ResponsesServerEventResponseFileSearchCallInWsProgress: Emitted when a file search
call is initiated.
"""

from .response_file_search_call_in_progress_event import (
    ResponseFileSearchCallInProgressEvent,
)

__all__ = ["ResponsesServerEventResponseFileSearchCallInWsProgress"]


class ResponsesServerEventResponseFileSearchCallInWsProgress(
    ResponseFileSearchCallInProgressEvent
):
    """Emitted when a file search call is initiated."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
