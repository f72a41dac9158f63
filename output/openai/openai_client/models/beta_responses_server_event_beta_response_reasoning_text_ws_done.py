"""BetaResponsesServerEventBetaResponseReasoningTextWsDone: Emitted when a reasoning
text is completed.
"""

from .beta_response_reasoning_text_done_event import BetaResponseReasoningTextDoneEvent

__all__ = ["BetaResponsesServerEventBetaResponseReasoningTextWsDone"]


class BetaResponsesServerEventBetaResponseReasoningTextWsDone(
    BetaResponseReasoningTextDoneEvent
):
    """Emitted when a reasoning text is completed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
