"""BetaResponseErrorEvent: Emitted when an error occurs."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseErrorEvent"]


class BetaResponseErrorEvent(BaseModel):
    """Emitted when an error occurs."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["error"]
    """The type of the event. Always `error`."""

    code: str | None

    message: str
    """The error message."""

    param: str | None

    sequence_number: int
    """The sequence number of this event."""
