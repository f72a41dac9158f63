"""MessageContentTextObject: The text content that is part of a message."""

from typing import Literal

from .._base_model import BaseModel
from .message_content_text_object_text import MessageContentTextObjectText

__all__ = ["MessageContentTextObject"]


class MessageContentTextObject(BaseModel):
    """The text content that is part of a message."""

    type: Literal["text"]
    """Always `text`."""

    text: MessageContentTextObjectText
