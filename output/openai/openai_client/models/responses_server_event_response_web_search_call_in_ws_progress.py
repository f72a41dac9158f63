"""ResponsesServerEventResponseWebSearchCallInWsProgress: Emitted when a web search call
is initiated.
"""

from .response_web_search_call_in_progress_event import (
    ResponseWebSearchCallInProgressEvent,
)

__all__ = ["ResponsesServerEventResponseWebSearchCallInWsProgress"]


class ResponsesServerEventResponseWebSearchCallInWsProgress(
    ResponseWebSearchCallInProgressEvent
):
    """Emitted when a web search call is initiated."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
