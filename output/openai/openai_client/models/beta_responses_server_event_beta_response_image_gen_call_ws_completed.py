"""BetaResponsesServerEventBetaResponseImageGenCallWsCompleted: Emitted when an image
generation tool call has completed and the final image is available.
"""

from .beta_response_image_gen_call_completed_event import (
    BetaResponseImageGenCallCompletedEvent,
)

__all__ = ["BetaResponsesServerEventBetaResponseImageGenCallWsCompleted"]


class BetaResponsesServerEventBetaResponseImageGenCallWsCompleted(
    BetaResponseImageGenCallCompletedEvent
):
    """Emitted when an image generation tool call has completed and the final image is
    available.
    """

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
