from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .beta_item_field import BetaItemField  # noqa: E402
from .beta_response_usage import BetaResponseUsage  # noqa: E402
