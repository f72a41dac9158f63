"""WebSearchToolCall: The results of a web search tool call. See the
[web search guide](https://api.openai.com/docs/guides/tools-web-search) for more
information.
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .web_search_action_find import WebSearchActionFind
from .web_search_action_open_page import WebSearchActionOpenPage
from .web_search_action_search import WebSearchActionSearch

__all__ = ["WebSearchToolCall"]


class WebSearchToolCall(BaseModel):
    """The results of a web search tool call. See the
    [web search guide](https://api.openai.com/docs/guides/tools-web-search) for more
    information.
    """

    id: str
    """The unique ID of the web search tool call."""

    type: Literal["web_search_call"]
    """The type of the web search tool call. Always `web_search_call`."""

    status: Literal["in_progress", "searching", "completed", "failed"] | str
    """The status of the web search tool call."""

    action: Annotated[
        Annotated[WebSearchActionSearch, pydantic.Tag("WebSearchActionSearch")]
        | Annotated[WebSearchActionOpenPage, pydantic.Tag("WebSearchActionOpenPage")]
        | Annotated[WebSearchActionFind, pydantic.Tag("WebSearchActionFind")]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "search": "WebSearchActionSearch",
                "open_page": "WebSearchActionOpenPage",
                "find_in_page": "WebSearchActionFind",
            },
        ),
    ]
    """An object describing the specific action taken in this web search call.
    Includes details on how the model used the web (search, open_page, find_in_page).
    """
