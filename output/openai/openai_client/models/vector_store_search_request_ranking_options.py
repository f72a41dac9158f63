"""VectorStoreSearchRequestRankingOptions: Ranking options for search."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["VectorStoreSearchRequestRankingOptions"]


class VectorStoreSearchRequestRankingOptions(BaseModel):
    """Ranking options for search."""

    ranker: Literal["none", "auto", "default-2024-11-15"] | str | None = None
    """Enable re-ranking; set to `none` to disable, which can help reduce latency."""

    score_threshold: float | None = None
