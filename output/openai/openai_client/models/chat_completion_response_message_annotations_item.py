"""ChatCompletionResponseMessageAnnotationsItem: A URL citation when using web search."""

from typing import Literal

from .._base_model import BaseModel
from .chat_completion_response_message_annotations_item_url_citation import (
    ChatCompletionResponseMessageAnnotationsItemUrlCitation,
)

__all__ = ["ChatCompletionResponseMessageAnnotationsItem"]


class ChatCompletionResponseMessageAnnotationsItem(BaseModel):
    """A URL citation when using web search."""

    type: Literal["url_citation"]
    """The type of the URL citation. Always `url_citation`."""

    url_citation: ChatCompletionResponseMessageAnnotationsItemUrlCitation
    """A URL citation when using web search."""
