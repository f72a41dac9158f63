"""BetaResponseInProgressEvent: Emitted when the response is in progress."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_response import BetaResponse

__all__ = ["BetaResponseInProgressEvent"]


class BetaResponseInProgressEvent(BaseModel):
    """Emitted when the response is in progress."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.in_progress"]
    """The type of the event. Always `response.in_progress`."""

    response: BetaResponse
    """The response that is in progress."""

    sequence_number: int
    """The sequence number of this event."""
