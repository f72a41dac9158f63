"""BetaResponsesServerEventBetaResponseInWsProgress: Emitted when the response is in
progress.
"""

from .beta_response_in_progress_event import BetaResponseInProgressEvent

__all__ = ["BetaResponsesServerEventBetaResponseInWsProgress"]


class BetaResponsesServerEventBetaResponseInWsProgress(BetaResponseInProgressEvent):
    """Emitted when the response is in progress."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
from .beta_response import BetaResponse as BetaResponse  # noqa: E402
