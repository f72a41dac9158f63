from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["VectorStoreSearchRequest"]


class VectorStoreSearchRequest(BaseModel):
    query: str | list[str]
    """A query string for a search"""

    rewrite_query: bool | None = None
    """Whether to rewrite the natural language query for vector search."""

    max_num_results: int | None = None
    """The maximum number of results to return. This number should be between 1 and 50
    inclusive.
    """

    filters: ComparisonFilter | CompoundFilter | None = None
    """A filter to apply based on file attributes."""

    ranking_options: VectorStoreSearchRequestRankingOptions | None = None
    """Ranking options for search."""


# Imported last so that models referring to each other can load in any order.
from .comparison_filter import ComparisonFilter  # noqa: E402
from .compound_filter import CompoundFilter  # noqa: E402
from .vector_store_search_request_ranking_options import (  # noqa: E402
    VectorStoreSearchRequestRankingOptions,
)
