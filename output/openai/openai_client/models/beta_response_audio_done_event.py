"""BetaResponseAudioDoneEvent: Emitted when the audio response is complete."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaResponseAudioDoneEvent"]


class BetaResponseAudioDoneEvent(BaseModel):
    """Emitted when the audio response is complete."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.audio.done"]
    """The type of the event. Always `response.audio.done`."""

    sequence_number: int
    """The sequence number of the delta."""


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag  # noqa: E402
