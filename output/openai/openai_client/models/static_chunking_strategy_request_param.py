"""StaticChunkingStrategyRequestParam: Customize your own chunking strategy by setting
chunk size and chunk overlap.
"""

from typing import Literal

from .._base_model import BaseModel
from .static_chunking_strategy import StaticChunkingStrategy

__all__ = ["StaticChunkingStrategyRequestParam"]


class StaticChunkingStrategyRequestParam(BaseModel):
    """Customize your own chunking strategy by setting chunk size and chunk overlap."""

    type: Literal["static"]
    """Always `static`."""

    static: StaticChunkingStrategy
