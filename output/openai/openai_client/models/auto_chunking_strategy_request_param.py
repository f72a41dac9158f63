"""AutoChunkingStrategyRequestParam: The default strategy. This strategy currently uses
a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["AutoChunkingStrategyRequestParam"]


class AutoChunkingStrategyRequestParam(BaseModel):
    """The default strategy. This strategy currently uses a `max_chunk_size_tokens` of
    `800` and `chunk_overlap_tokens` of `400`.
    """

    type: Literal["auto"]
    """Always `auto`."""
