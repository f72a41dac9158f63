"""MessageDeltaContentImageUrlObject: References an image URL in the content of a
message.
"""

from typing import Literal

from .._base_model import BaseModel
from .message_delta_content_image_url_object_image_url import (
    MessageDeltaContentImageUrlObjectImageUrl,
)

__all__ = ["MessageDeltaContentImageUrlObject"]


class MessageDeltaContentImageUrlObject(BaseModel):
    """References an image URL in the content of a message."""

    index: int
    """The index of the content part in the message."""

    type: Literal["image_url"]
    """Always `image_url`."""

    image_url: MessageDeltaContentImageUrlObjectImageUrl | None = None
