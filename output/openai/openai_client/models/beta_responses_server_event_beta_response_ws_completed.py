"""BetaResponsesServerEventBetaResponseWsCompleted: Emitted when the model response is
complete.
"""

from .beta_response_completed_event import BetaResponseCompletedEvent

__all__ = ["BetaResponsesServerEventBetaResponseWsCompleted"]


class BetaResponsesServerEventBetaResponseWsCompleted(BetaResponseCompletedEvent):
    """Emitted when the model response is complete."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
from .beta_response import BetaResponse as BetaResponse  # noqa: E402
