"""BetaResponseAudioDoneEvent: Emitted when the audio response is complete."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseAudioDoneEvent"]


class BetaResponseAudioDoneEvent(BaseModel):
    """Emitted when the audio response is complete."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.audio.done"]
    """The type of the event. Always `response.audio.done`."""

    sequence_number: int
    """The sequence number of the delta."""
