"""BetaResponseCompletedEvent: Emitted when the model response is complete."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag  # noqa: E402
from .beta_response import BetaResponse  # noqa: E402
