"""BetaResponsesServerEventBetaResponseRefusalWsDone: Emitted when refusal text is
finalized.
"""

from .beta_response_refusal_done_event import BetaResponseRefusalDoneEvent

__all__ = ["BetaResponsesServerEventBetaResponseRefusalWsDone"]


class BetaResponsesServerEventBetaResponseRefusalWsDone(BetaResponseRefusalDoneEvent):
    """Emitted when refusal text is finalized."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
