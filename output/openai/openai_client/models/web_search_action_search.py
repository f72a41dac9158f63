"""WebSearchActionSearch: Action type "search" - Performs a web search query."""

from typing import Literal

from .._base_model import BaseModel
from .web_search_action_search_sources_item import WebSearchActionSearchSourcesItem

__all__ = ["WebSearchActionSearch"]


class WebSearchActionSearch(BaseModel):
    """Action type "search" - Performs a web search query."""

    type: Literal["search"]
    """The action type."""

    query: str | None = None
    """The search query.


    .. deprecated:: deprecated by the API.
    """

    queries: list[str] | None = None
    """The search queries."""

    sources: list[WebSearchActionSearchSourcesItem] | None = None
    """The sources used in the search."""
