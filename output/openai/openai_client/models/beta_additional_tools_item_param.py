from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag_param import BetaAgentTagParam  # noqa: E402
from .beta_tool import BetaTool  # noqa: E402
