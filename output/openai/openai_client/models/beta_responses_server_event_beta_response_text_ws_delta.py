"""BetaResponsesServerEventBetaResponseTextWsDelta: Emitted when there is an additional
text delta.
"""

from .beta_response_text_delta_event import BetaResponseTextDeltaEvent

__all__ = ["BetaResponsesServerEventBetaResponseTextWsDelta"]


class BetaResponsesServerEventBetaResponseTextWsDelta(BetaResponseTextDeltaEvent):
    """Emitted when there is an additional text delta."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
from .beta_response_log_prob import (  # noqa: E402
    BetaResponseLogProb as BetaResponseLogProb,
)
