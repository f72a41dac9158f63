from typing import Literal

from .._base_model import BaseModel
from .vector_store_search_result_item import VectorStoreSearchResultItem

__all__ = ["VectorStoreSearchResultsPage"]


class VectorStoreSearchResultsPage(BaseModel):
    object: Literal["vector_store.search_results.page"]
    """The object type, which is always `vector_store.search_results.page`"""

    search_query: list[str]

    data: list[VectorStoreSearchResultItem]
    """The list of search result items."""

    has_more: bool
    """Indicates if there are more results to fetch."""

    next_page: str | None
