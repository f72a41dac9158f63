from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag_param import BetaAgentTagParam
from .beta_multi_agent_action1 import BetaMultiAgentAction1

__all__ = ["BetaMultiAgentCallItemParam"]


class BetaMultiAgentCallItemParam(BaseModel):
    agent: BetaAgentTagParam | None = None

    id: str | None = None

    call_id: str
    """The unique ID linking this call to its output."""

    type: Literal["multi_agent_call"]
    """The item type. Always `multi_agent_call`."""

    action: BetaMultiAgentAction1
    """The multi-agent action that was executed."""

    arguments: str
    """The action arguments as a JSON string."""
