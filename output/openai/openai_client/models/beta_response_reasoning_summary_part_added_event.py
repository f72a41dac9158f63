"""BetaResponseReasoningSummaryPartAddedEvent: Emitted when a new reasoning summary part
is added.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_response_reasoning_summary_part_added_event_part import (
    BetaResponseReasoningSummaryPartAddedEventPart,
)

__all__ = ["BetaResponseReasoningSummaryPartAddedEvent"]


class BetaResponseReasoningSummaryPartAddedEvent(BaseModel):
    """Emitted when a new reasoning summary part is added."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.reasoning_summary_part.added"]
    """The type of the event. Always `response.reasoning_summary_part.added`."""

    item_id: str
    """The ID of the item this summary part is associated with."""

    output_index: int
    """The index of the output item this summary part is associated with."""

    summary_index: int
    """The index of the summary part within the reasoning summary."""

    sequence_number: int
    """The sequence number of this event."""

    part: BetaResponseReasoningSummaryPartAddedEventPart
    """The summary part that was added."""
