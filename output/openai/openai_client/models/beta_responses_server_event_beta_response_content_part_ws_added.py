"""BetaResponsesServerEventBetaResponseContentPartWsAdded: Emitted when a new content
part is added.
"""

from .beta_response_content_part_added_event import BetaResponseContentPartAddedEvent

__all__ = ["BetaResponsesServerEventBetaResponseContentPartWsAdded"]


class BetaResponsesServerEventBetaResponseContentPartWsAdded(
    BetaResponseContentPartAddedEvent
):
    """Emitted when a new content part is added."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag as BetaAgentTag  # noqa: E402
from .beta_output_content import BetaOutputContent as BetaOutputContent  # noqa: E402
