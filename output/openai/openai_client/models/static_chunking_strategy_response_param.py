from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["StaticChunkingStrategyResponseParam"]


class StaticChunkingStrategyResponseParam(BaseModel):
    type: Literal["static"]
    """Always `static`."""

    static: StaticChunkingStrategy


# Imported last so that models referring to each other can load in any order.
from .static_chunking_strategy import StaticChunkingStrategy  # noqa: E402
