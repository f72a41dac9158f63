"""BetaResponsesServerEventBetaResponseOutputItemWsAdded: Emitted when a new output item
is added.
"""

from .beta_response_output_item_added_event import BetaResponseOutputItemAddedEvent

__all__ = ["BetaResponsesServerEventBetaResponseOutputItemWsAdded"]


class BetaResponsesServerEventBetaResponseOutputItemWsAdded(
    BetaResponseOutputItemAddedEvent
):
    """Emitted when a new output item is added."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
from .beta_output_item import BetaOutputItem as BetaOutputItem  # noqa: E402
