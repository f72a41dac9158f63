from typing import Literal

from .._base_model import BaseModel
from .item_field import ItemField
from .response_usage import ResponseUsage

__all__ = ["CompactResource"]


class CompactResource(BaseModel):
    id: str
    """The unique identifier for the compacted response."""

    object: Literal["response.compaction"]
    """The object type. Always `response.compaction`."""

    output: list[ItemField]
    """The compacted list of output items."""

    created_at: int
    """Unix timestamp (in seconds) when the compacted conversation was created."""

    usage: ResponseUsage
    """Token accounting for the compaction pass, including cached, reasoning, and total
    tokens.
    """
