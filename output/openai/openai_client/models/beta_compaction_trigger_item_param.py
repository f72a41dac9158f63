"""BetaCompactionTriggerItemParam: Compacts the current context. Must be the final input
item.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaCompactionTriggerItemParam"]


class BetaCompactionTriggerItemParam(BaseModel):
    """Compacts the current context. Must be the final input item."""

    agent: BetaAgentTagParam | None = None

    type: Literal["compaction_trigger"]
    """The type of the item. Always `compaction_trigger`."""


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag_param import BetaAgentTagParam  # noqa: E402
