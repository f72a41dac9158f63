"""BetaResponsesServerEventBetaResponseRefusalWsDelta: Emitted when there is a partial
refusal text.
"""

from .beta_response_refusal_delta_event import BetaResponseRefusalDeltaEvent

__all__ = ["BetaResponsesServerEventBetaResponseRefusalWsDelta"]


class BetaResponsesServerEventBetaResponseRefusalWsDelta(BetaResponseRefusalDeltaEvent):
    """Emitted when there is a partial refusal text."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
