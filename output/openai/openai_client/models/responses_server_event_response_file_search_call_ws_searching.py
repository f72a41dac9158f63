"""ResponsesServerEventResponseFileSearchCallWsSearching: Emitted when a file search is
currently searching.
"""

from .response_file_search_call_searching_event import (
    ResponseFileSearchCallSearchingEvent,
)

__all__ = ["ResponsesServerEventResponseFileSearchCallWsSearching"]


class ResponsesServerEventResponseFileSearchCallWsSearching(
    ResponseFileSearchCallSearchingEvent
):
    """Emitted when a file search is currently searching."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
