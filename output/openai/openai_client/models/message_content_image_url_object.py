"""MessageContentImageUrlObject: References an image URL in the content of a message."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["MessageContentImageUrlObject"]


class MessageContentImageUrlObject(BaseModel):
    """References an image URL in the content of a message."""

    type: Literal["image_url"]
    """The type of the content part."""

    image_url: MessageContentImageUrlObjectImageUrl


# Imported last so that models referring to each other can load in any order.
from .message_content_image_url_object_image_url import (  # noqa: E402
    MessageContentImageUrlObjectImageUrl,
)
