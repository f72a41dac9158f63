"""BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta: Emitted when a delta
is added to a reasoning summary text.
"""

from .beta_response_reasoning_summary_text_delta_event import (
    BetaResponseReasoningSummaryTextDeltaEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta"]


class BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta(
    BetaResponseReasoningSummaryTextDeltaEvent
):
    """Emitted when a delta is added to a reasoning summary text."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
