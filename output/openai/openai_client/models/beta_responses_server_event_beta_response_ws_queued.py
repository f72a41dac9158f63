"""BetaResponsesServerEventBetaResponseWsQueued: Emitted when a response is queued and
waiting to be processed.
"""

from .beta_response_queued_event import BetaResponseQueuedEvent

__all__ = ["BetaResponsesServerEventBetaResponseWsQueued"]


class BetaResponsesServerEventBetaResponseWsQueued(BetaResponseQueuedEvent):
    """Emitted when a response is queued and waiting to be processed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
from .beta_response import BetaResponse as BetaResponse  # noqa: E402
