"""BetaResponseAudioDeltaEvent: Emitted when there is a partial audio response."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag  # noqa: E402
