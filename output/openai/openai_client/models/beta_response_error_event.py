"""BetaResponseErrorEvent: Emitted when an error occurs."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag  # noqa: E402
