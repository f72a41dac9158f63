"""MessageDeltaContentImageFileObject: References an image
[File](https://api.openai.com/docs/api-reference/files) in the content of a message.
"""

from typing import Literal

from .._base_model import BaseModel
from .message_delta_content_image_file_object_image_file import (
    MessageDeltaContentImageFileObjectImageFile,
)

__all__ = ["MessageDeltaContentImageFileObject"]


class MessageDeltaContentImageFileObject(BaseModel):
    """References an image [File](https://api.openai.com/docs/api-reference/files) in
    the content of a message.
    """

    index: int
    """The index of the content part in the message."""

    type: Literal["image_file"]
    """Always `image_file`."""

    image_file: MessageDeltaContentImageFileObjectImageFile | None = None
