"""BetaResponseAudioDeltaEvent: Emitted when there is a partial audio response."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseAudioDeltaEvent"]


class BetaResponseAudioDeltaEvent(BaseModel):
    """Emitted when there is a partial audio response."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.audio.delta"]
    """The type of the event. Always `response.audio.delta`."""

    sequence_number: int
    """A sequence number for this chunk of the stream response."""

    delta: str
    """A chunk of Base64 encoded response audio bytes."""
