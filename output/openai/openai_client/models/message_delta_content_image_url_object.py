"""MessageDeltaContentImageUrlObject: References an image URL in the content of a
message.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["MessageDeltaContentImageUrlObject"]


class MessageDeltaContentImageUrlObject(BaseModel):
    """References an image URL in the content of a message."""

    index: int
    """The index of the content part in the message."""

    type: Literal["image_url"]
    """Always `image_url`."""

    image_url: MessageDeltaContentImageUrlObjectImageUrl | None = None


# Imported last so that models referring to each other can load in any order.
from .message_delta_content_image_url_object_image_url import (  # noqa: E402
    MessageDeltaContentImageUrlObjectImageUrl,
)
