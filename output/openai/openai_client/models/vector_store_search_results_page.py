from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .vector_store_search_result_item import VectorStoreSearchResultItem  # noqa: E402
