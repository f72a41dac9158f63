"""ResponsesServerEventResponseWebSearchCallWsSearching: Emitted when a web search call
is executing.
"""

from .response_web_search_call_searching_event import (
    ResponseWebSearchCallSearchingEvent,
)

__all__ = ["ResponsesServerEventResponseWebSearchCallWsSearching"]


class ResponsesServerEventResponseWebSearchCallWsSearching(
    ResponseWebSearchCallSearchingEvent
):
    """Emitted when a web search call is executing."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
