"""BetaResponsesServerEventBetaResponseTextWsDone: Emitted when text content is
finalized.
"""

from .beta_response_text_done_event import BetaResponseTextDoneEvent

__all__ = ["BetaResponsesServerEventBetaResponseTextWsDone"]


class BetaResponsesServerEventBetaResponseTextWsDone(BetaResponseTextDoneEvent):
    """Emitted when text content is finalized."""

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
