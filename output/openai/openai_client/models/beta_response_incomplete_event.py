"""BetaResponseIncompleteEvent: An event that is emitted when a response finishes as
incomplete.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_response import BetaResponse

__all__ = ["BetaResponseIncompleteEvent"]


class BetaResponseIncompleteEvent(BaseModel):
    """An event that is emitted when a response finishes as incomplete."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.incomplete"]
    """The type of the event. Always `response.incomplete`."""

    response: BetaResponse
    """The response that was incomplete."""

    sequence_number: int
    """The sequence number of this event."""
