"""BetaWebSearchToolCall: The results of a web search tool call. See the
[web search guide](https://api.openai.com/docs/guides/tools-web-search) for more
information.
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .beta_agent_tag import BetaAgentTag
from .beta_web_search_action_find import BetaWebSearchActionFind
from .beta_web_search_action_open_page import BetaWebSearchActionOpenPage
from .beta_web_search_action_search import BetaWebSearchActionSearch

__all__ = ["BetaWebSearchToolCall"]


class BetaWebSearchToolCall(BaseModel):
    """The results of a web search tool call. See the
    [web search guide](https://api.openai.com/docs/guides/tools-web-search) for more
    information.
    """

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    id: str
    """The unique ID of the web search tool call."""

    type: Literal["web_search_call"]
    """The type of the web search tool call. Always `web_search_call`."""

    status: Literal["in_progress", "searching", "completed", "failed"] | str
    """The status of the web search tool call."""

    action: Annotated[
        Annotated[BetaWebSearchActionSearch, pydantic.Tag("BetaWebSearchActionSearch")]
        | Annotated[
            BetaWebSearchActionOpenPage, pydantic.Tag("BetaWebSearchActionOpenPage")
        ]
        | Annotated[BetaWebSearchActionFind, pydantic.Tag("BetaWebSearchActionFind")]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "search": "BetaWebSearchActionSearch",
                "open_page": "BetaWebSearchActionOpenPage",
                "find_in_page": "BetaWebSearchActionFind",
            },
        ),
    ]
    """An object describing the specific action taken in this web search call.
    Includes details on how the model used the web (search, open_page, find_in_page).
    """
