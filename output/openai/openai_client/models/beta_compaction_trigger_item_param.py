"""BetaCompactionTriggerItemParam: Compacts the current context. Must be the final input
item.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag_param import BetaAgentTagParam

__all__ = ["BetaCompactionTriggerItemParam"]


class BetaCompactionTriggerItemParam(BaseModel):
    """Compacts the current context. Must be the final input item."""

    agent: BetaAgentTagParam | None = None

    type: Literal["compaction_trigger"]
    """The type of the item. Always `compaction_trigger`."""
