"""BetaWebSearchTool: Search the Internet for sources related to the prompt. Learn more
about the
[web search tool](https://api.openai.com/docs/guides/tools-web-search).
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_web_search_approximate_location import BetaWebSearchApproximateLocation
from .beta_web_search_tool_filters_variant1 import BetaWebSearchToolFiltersVariant1

__all__ = ["BetaWebSearchTool"]


class BetaWebSearchTool(BaseModel):
    """Search the Internet for sources related to the prompt. Learn more about the
    [web search tool](https://api.openai.com/docs/guides/tools-web-search).
    """

    type: Literal["web_search", "web_search_2025_08_26"] | str
    """The type of the web search tool. One of `web_search` or `web_search_2025_08_26`."""

    external_web_access: bool | None = None
    """Allow live internet access for web search. Defaults to true when omitted. When
    false, the web search tool runs in offline/cache-only mode and will not fetch new
    external content.
    """

    filters: BetaWebSearchToolFiltersVariant1 | None = None

    user_location: BetaWebSearchApproximateLocation | None = None

    search_context_size: Literal["low", "medium", "high"] | str | None = None
    """High level guidance for the amount of context window space to use for the search.
    One of `low`, `medium`, or `high`. `medium` is the default.
    """
