"""BetaResponsesServerEventBetaResponseReasoningTextWsDelta: Emitted when a delta is
added to a reasoning text.
"""

from .beta_response_reasoning_text_delta_event import (
    BetaResponseReasoningTextDeltaEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseReasoningTextWsDelta"]


class BetaResponsesServerEventBetaResponseReasoningTextWsDelta(
    BetaResponseReasoningTextDeltaEvent
):
    """Emitted when a delta is added to a reasoning text."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
