"""BetaResponseFailedEvent: An event that is emitted when a response fails."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag  # noqa: E402
from .beta_response import BetaResponse  # noqa: E402
