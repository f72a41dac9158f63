"""MessageContentImageUrlObject: References an image URL in the content of a message."""

from typing import Literal

from .._base_model import BaseModel
from .message_content_image_url_object_image_url import (
    MessageContentImageUrlObjectImageUrl,
)

__all__ = ["MessageContentImageUrlObject"]


class MessageContentImageUrlObject(BaseModel):
    """References an image URL in the content of a message."""

    type: Literal["image_url"]
    """The type of the content part."""

    image_url: MessageContentImageUrlObjectImageUrl
