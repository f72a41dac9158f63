"""ResponsesServerEventResponseWebSearchCallWsCompleted: Emitted when a web search call
is completed.
"""

from .response_web_search_call_completed_event import (
    ResponseWebSearchCallCompletedEvent,
)

__all__ = ["ResponsesServerEventResponseWebSearchCallWsCompleted"]


class ResponsesServerEventResponseWebSearchCallWsCompleted(
    ResponseWebSearchCallCompletedEvent
):
    """Emitted when a web search call is completed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
