from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaMultiAgentCall"]


class BetaMultiAgentCall(BaseModel):
    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["multi_agent_call"]
    """The type of the multi-agent call. Always `multi_agent_call`."""

    id: str
    """The unique ID of the multi-agent call item."""

    call_id: str
    """The unique ID linking this call to its output."""

    action: BetaMultiAgentAction
    """The multi-agent action to execute."""

    arguments: str
    """The JSON string of arguments generated for the action."""


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag  # noqa: E402
from .beta_multi_agent_action import BetaMultiAgentAction  # noqa: E402
