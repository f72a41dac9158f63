"""BetaItemReferenceParam: An internal identifier for an item to reference."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaItemReferenceParam"]


class BetaItemReferenceParam(BaseModel):
    """An internal identifier for an item to reference."""

    agent: BetaAgentTagParam | None = None

    type: Literal["item_reference"] | None = None

    id: str
    """The ID of the item to reference."""


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag_param import BetaAgentTagParam  # noqa: E402
