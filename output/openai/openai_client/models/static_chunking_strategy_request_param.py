"""StaticChunkingStrategyRequestParam: Customize your own chunking strategy by setting
chunk size and chunk overlap.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["StaticChunkingStrategyRequestParam"]


class StaticChunkingStrategyRequestParam(BaseModel):
    """Customize your own chunking strategy by setting chunk size and chunk overlap."""

    type: Literal["static"]
    """Always `static`."""

    static: StaticChunkingStrategy


# Imported last so that models referring to each other can load in any order.
from .static_chunking_strategy import StaticChunkingStrategy  # noqa: E402
