from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag_param import BetaAgentTagParam
from .beta_tool import BetaTool

__all__ = ["BetaAdditionalToolsItemParam"]


class BetaAdditionalToolsItemParam(BaseModel):
    agent: BetaAgentTagParam | None = None

    id: str | None = None

    type: Literal["additional_tools"]
    """The item type. Always `additional_tools`."""

    role: Literal["developer"]
    """The role that provided the additional tools. Only `developer` is supported."""

    tools: list[BetaTool]
    """A list of additional tools made available at this item."""
