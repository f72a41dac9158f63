"""BetaItemReferenceParam: An internal identifier for an item to reference."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag_param import BetaAgentTagParam

__all__ = ["BetaItemReferenceParam"]


class BetaItemReferenceParam(BaseModel):
    """An internal identifier for an item to reference."""

    agent: BetaAgentTagParam | None = None

    type: Literal["item_reference"] | None = None

    id: str
    """The ID of the item to reference."""
