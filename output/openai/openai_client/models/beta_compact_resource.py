from typing import Literal

from .._base_model import BaseModel
from .beta_item_field import BetaItemField
from .beta_response_usage import BetaResponseUsage

__all__ = ["BetaCompactResource"]


class BetaCompactResource(BaseModel):
    id: str
    """The unique identifier for the compacted response."""

    object: Literal["response.compaction"]
    """The object type. Always `response.compaction`."""

    output: list[BetaItemField]
    """The compacted list of output items."""

    created_at: int
    """Unix timestamp (in seconds) when the compacted conversation was created."""

    usage: BetaResponseUsage
    """Token accounting for the compaction pass, including cached, reasoning, and total
    tokens.
    """
