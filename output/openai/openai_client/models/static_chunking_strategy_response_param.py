from typing import Literal

from .._base_model import BaseModel
from .static_chunking_strategy import StaticChunkingStrategy

__all__ = ["StaticChunkingStrategyResponseParam"]


class StaticChunkingStrategyResponseParam(BaseModel):
    type: Literal["static"]
    """Always `static`."""

    static: StaticChunkingStrategy
