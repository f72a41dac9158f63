"""CreateChatCompletionRequestWebSearchOptions: This tool searches the web for relevant
results to use in a response.
Learn more about the [web search
tool](https://api.openai.com/docs/guides/tools-web-search?api-mode=chat).
"""

from .._base_model import BaseModel
from .create_chat_completion_request_web_search_options_user_location import (
    CreateChatCompletionRequestWebSearchOptionsUserLocation,
)
from .web_search_context_size import WebSearchContextSize

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
