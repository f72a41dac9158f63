"""BetaResponsesServerEventBetaResponseOutputItemWsDone: Emitted when an output item is
marked done.
"""

from .beta_response_output_item_done_event import BetaResponseOutputItemDoneEvent

__all__ = ["BetaResponsesServerEventBetaResponseOutputItemWsDone"]


class BetaResponsesServerEventBetaResponseOutputItemWsDone(
    BetaResponseOutputItemDoneEvent
):
    """Emitted when an output item is marked done."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
from .beta_output_item import BetaOutputItem as BetaOutputItem  # noqa: E402
