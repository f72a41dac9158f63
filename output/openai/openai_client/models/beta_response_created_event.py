"""BetaResponseCreatedEvent: An event that is emitted when a response is created."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_response import BetaResponse

__all__ = ["BetaResponseCreatedEvent"]


class BetaResponseCreatedEvent(BaseModel):
    """An event that is emitted when a response is created."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.created"]
    """The type of the event. Always `response.created`."""

    response: BetaResponse
    """The response that was created."""

    sequence_number: int
    """The sequence number for this event."""
