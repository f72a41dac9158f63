from .._base_model import BaseModel
from .comparison_filter import ComparisonFilter
from .compound_filter import CompoundFilter
from .vector_store_search_request_ranking_options import (
    VectorStoreSearchRequestRankingOptions,
)

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
