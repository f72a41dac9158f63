"""BetaWebSearchPreviewTool: This tool searches the web for relevant results to use in a
response. Learn more about the [web search
tool](https://platform.openai.com/docs/guides/tools-web-search).
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_approximate_location import BetaApproximateLocation
from .beta_search_content_type import BetaSearchContentType
from .beta_search_context_size import BetaSearchContextSize

__all__ = ["BetaWebSearchPreviewTool"]


class BetaWebSearchPreviewTool(BaseModel):
    """This tool searches the web for relevant results to use in a response. Learn more
    about the [web search
    tool](https://platform.openai.com/docs/guides/tools-web-search).
    """

    type: Literal["web_search_preview", "web_search_preview_2025_03_11"] | str
    """The type of the web search tool. One of `web_search_preview` or
    `web_search_preview_2025_03_11`.
    """

    user_location: BetaApproximateLocation | None = None

    search_context_size: BetaSearchContextSize | None = None
    """High level guidance for the amount of context window space to use for the search.
    One of `low`, `medium`, or `high`. `medium` is the default.
    """

    search_content_types: list[BetaSearchContentType] | None = None
