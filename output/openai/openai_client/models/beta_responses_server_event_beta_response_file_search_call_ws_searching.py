"""BetaResponsesServerEventBetaResponseFileSearchCallWsSearching: Emitted when a file
search is currently searching.
"""

from .beta_response_file_search_call_searching_event import (
    BetaResponseFileSearchCallSearchingEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseFileSearchCallWsSearching"]


class BetaResponsesServerEventBetaResponseFileSearchCallWsSearching(
    BetaResponseFileSearchCallSearchingEvent
):
    """Emitted when a file search is currently searching."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
