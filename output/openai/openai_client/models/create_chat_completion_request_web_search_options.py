"""CreateChatCompletionRequestWebSearchOptions: This tool searches the web for relevant
results to use in a response.
Learn more about the [web search
tool](https://api.openai.com/docs/guides/tools-web-search?api-mode=chat).
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["CreateChatCompletionRequestWebSearchOptions"]


class CreateChatCompletionRequestWebSearchOptions(BaseModel):
    """This tool searches the web for relevant results to use in a response.
    Learn more about the [web search
    tool](https://api.openai.com/docs/guides/tools-web-search?api-mode=chat).
    """

    user_location: CreateChatCompletionRequestWebSearchOptionsUserLocation | None = None
    """Approximate location parameters for the search."""

    search_context_size: WebSearchContextSize | None = None
    """High level guidance for the amount of context window space to use for the
    search. One of `low`, `medium`, or `high`. `medium` is the default.
    """


# Imported last so that models referring to each other can load in any order.
from .create_chat_completion_request_web_search_options_user_location import (  # noqa: E402
    CreateChatCompletionRequestWebSearchOptionsUserLocation,
)
from .web_search_context_size import WebSearchContextSize  # noqa: E402
