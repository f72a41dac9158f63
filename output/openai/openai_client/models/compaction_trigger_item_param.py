"""CompactionTriggerItemParam: Compacts the current context. Must be the final input
item.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["CompactionTriggerItemParam"]


class CompactionTriggerItemParam(BaseModel):
    """Compacts the current context. Must be the final input item."""

    type: Literal["compaction_trigger"]
    """The type of the item. Always `compaction_trigger`."""
