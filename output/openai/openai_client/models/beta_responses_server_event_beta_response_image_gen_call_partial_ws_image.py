"""BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage: Emitted when a
partial image is available during image generation streaming.
"""

from .beta_response_image_gen_call_partial_image_event import (
    BetaResponseImageGenCallPartialImageEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage"]


class BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage(
    BetaResponseImageGenCallPartialImageEvent
):
    """Emitted when a partial image is available during image generation streaming."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
