"""BetaResponseReasoningSummaryPartDoneEvent: Emitted when a reasoning summary part is
completed.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_response_reasoning_summary_part_done_event_part import (
    BetaResponseReasoningSummaryPartDoneEventPart,
)

__all__ = ["BetaResponseReasoningSummaryPartDoneEvent"]


class BetaResponseReasoningSummaryPartDoneEvent(BaseModel):
    """Emitted when a reasoning summary part is completed."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.reasoning_summary_part.done"]
    """The type of the event. Always `response.reasoning_summary_part.done`."""

    item_id: str
    """The ID of the item this summary part is associated with."""

    output_index: int
    """The index of the output item this summary part is associated with."""

    summary_index: int
    """The index of the summary part within the reasoning summary."""

    status: Literal["incomplete"] | None = None
    """The completion status of the summary part. Omitted when the part completed
    normally and set to `incomplete` when generation was interrupted.
    """

    sequence_number: int
    """The sequence number of this event."""

    part: BetaResponseReasoningSummaryPartDoneEventPart
    """The completed summary part."""
