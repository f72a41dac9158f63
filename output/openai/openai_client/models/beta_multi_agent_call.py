from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_multi_agent_action import BetaMultiAgentAction

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
