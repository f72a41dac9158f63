"""MessageDeltaContentTextObject: The text content that is part of a message."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["MessageDeltaContentTextObject"]


class MessageDeltaContentTextObject(BaseModel):
    """The text content that is part of a message."""

    index: int
    """The index of the content part in the message."""

    type: Literal["text"]
    """Always `text`."""

    text: MessageDeltaContentTextObjectText | None = None


# Imported last so that models referring to each other can load in any order.
from .message_delta_content_text_object_text import (  # noqa: E402
    MessageDeltaContentTextObjectText,
)
