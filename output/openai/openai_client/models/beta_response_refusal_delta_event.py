"""BetaResponseRefusalDeltaEvent: Emitted when there is a partial refusal text."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseRefusalDeltaEvent"]


class BetaResponseRefusalDeltaEvent(BaseModel):
    """Emitted when there is a partial refusal text."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.refusal.delta"]
    """The type of the event. Always `response.refusal.delta`."""

    item_id: str
    """The ID of the output item that the refusal text is added to."""

    output_index: int
    """The index of the output item that the refusal text is added to."""

    content_index: int
    """The index of the content part that the refusal text is added to."""

    delta: str
    """The refusal text that is added."""

    sequence_number: int
    """The sequence number of this event."""
