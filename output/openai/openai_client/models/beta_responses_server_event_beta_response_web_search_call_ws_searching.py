"""BetaResponsesServerEventBetaResponseWebSearchCallWsSearching: Emitted when a web
search call is executing.
"""

from .beta_response_web_search_call_searching_event import (
    BetaResponseWebSearchCallSearchingEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseWebSearchCallWsSearching"]


class BetaResponsesServerEventBetaResponseWebSearchCallWsSearching(
    BetaResponseWebSearchCallSearchingEvent
):
    """Emitted when a web search call is executing."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
