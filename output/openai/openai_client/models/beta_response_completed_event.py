"""BetaResponseCompletedEvent: Emitted when the model response is complete."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_response import BetaResponse

__all__ = ["BetaResponseCompletedEvent"]


class BetaResponseCompletedEvent(BaseModel):
    """Emitted when the model response is complete."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.completed"]
    """The type of the event. Always `response.completed`."""

    response: BetaResponse
    """Properties of the completed response."""

    sequence_number: int
    """The sequence number for this event."""
