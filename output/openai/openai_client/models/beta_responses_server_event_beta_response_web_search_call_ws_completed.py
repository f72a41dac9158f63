"""BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted: Emitted when a web
search call is completed.
"""

from .beta_response_web_search_call_completed_event import (
    BetaResponseWebSearchCallCompletedEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted"]


class BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted(
    BetaResponseWebSearchCallCompletedEvent
):
    """Emitted when a web search call is completed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
