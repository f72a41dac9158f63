"""BetaResponsesServerEventBetaResponseImageGenCallWsGenerating: Emitted when an image
generation tool call is actively generating an image (intermediate state).
"""

from .beta_response_image_gen_call_generating_event import (
    BetaResponseImageGenCallGeneratingEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseImageGenCallWsGenerating"]


class BetaResponsesServerEventBetaResponseImageGenCallWsGenerating(
    BetaResponseImageGenCallGeneratingEvent
):
    """Emitted when an image generation tool call is actively generating an image
    (intermediate state).
    """

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
