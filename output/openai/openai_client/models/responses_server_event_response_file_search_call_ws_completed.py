"""ResponsesServerEventResponseFileSearchCallWsCompleted: Emitted when a file search
call is completed (results found).
"""

from .response_file_search_call_completed_event import (
    ResponseFileSearchCallCompletedEvent,
)

__all__ = ["ResponsesServerEventResponseFileSearchCallWsCompleted"]


class ResponsesServerEventResponseFileSearchCallWsCompleted(
    ResponseFileSearchCallCompletedEvent
):
    """Emitted when a file search call is completed (results found)."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
