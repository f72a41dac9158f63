from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_message_role import BetaMessageRole
from .beta_tool import BetaTool

__all__ = ["BetaAdditionalTools"]


class BetaAdditionalTools(BaseModel):
    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["additional_tools"]
    """The type of the item. Always `additional_tools`."""

    id: str
    """The unique ID of the additional tools item."""

    role: BetaMessageRole
    """The role that provided the additional tools."""

    tools: list[BetaTool]
    """The additional tool definitions made available at this item."""
