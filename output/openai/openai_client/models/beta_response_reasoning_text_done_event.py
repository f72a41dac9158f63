"""BetaResponseReasoningTextDoneEvent: Emitted when a reasoning text is completed."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseReasoningTextDoneEvent"]


class BetaResponseReasoningTextDoneEvent(BaseModel):
    """Emitted when a reasoning text is completed."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.reasoning_text.done"]
    """The type of the event. Always `response.reasoning_text.done`."""

    item_id: str
    """The ID of the item this reasoning text is associated with."""

    output_index: int
    """The index of the output item this reasoning text is associated with."""

    content_index: int
    """The index of the reasoning content part."""

    text: str
    """The full text of the completed reasoning content."""

    sequence_number: int
    """The sequence number of this event."""
