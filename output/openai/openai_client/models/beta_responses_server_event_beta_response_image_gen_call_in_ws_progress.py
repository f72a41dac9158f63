"""BetaResponsesServerEventBetaResponseImageGenCallInWsProgress: Emitted when an image
generation tool call is in progress.
"""

from .beta_response_image_gen_call_in_progress_event import (
    BetaResponseImageGenCallInProgressEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseImageGenCallInWsProgress"]


class BetaResponsesServerEventBetaResponseImageGenCallInWsProgress(
    BetaResponseImageGenCallInProgressEvent
):
    """Emitted when an image generation tool call is in progress."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
