"""BetaResponseFailedEvent: An event that is emitted when a response fails."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_response import BetaResponse

__all__ = ["BetaResponseFailedEvent"]


class BetaResponseFailedEvent(BaseModel):
    """An event that is emitted when a response fails."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.failed"]
    """The type of the event. Always `response.failed`."""

    sequence_number: int
    """The sequence number of this event."""

    response: BetaResponse
    """The response that failed."""
