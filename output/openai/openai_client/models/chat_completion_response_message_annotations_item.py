"""ChatCompletionResponseMessageAnnotationsItem: A URL citation when using web search."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ChatCompletionResponseMessageAnnotationsItem"]


class ChatCompletionResponseMessageAnnotationsItem(BaseModel):
    """A URL citation when using web search."""

    type: Literal["url_citation"]
    """The type of the URL citation. Always `url_citation`."""

    url_citation: ChatCompletionResponseMessageAnnotationsItemUrlCitation
    """A URL citation when using web search."""


# Imported last so that models referring to each other can load in any order.
from .chat_completion_response_message_annotations_item_url_citation import (  # noqa: E402
    ChatCompletionResponseMessageAnnotationsItemUrlCitation,
)
