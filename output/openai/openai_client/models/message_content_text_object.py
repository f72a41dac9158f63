"""MessageContentTextObject: The text content that is part of a message."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["MessageContentTextObject"]


class MessageContentTextObject(BaseModel):
    """The text content that is part of a message."""

    type: Literal["text"]
    """Always `text`."""

    text: MessageContentTextObjectText


# Imported last so that models referring to each other can load in any order.
from .message_content_text_object_text import MessageContentTextObjectText  # noqa: E402
