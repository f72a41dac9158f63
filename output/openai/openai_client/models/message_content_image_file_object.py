"""MessageContentImageFileObject: References an image
[File](https://api.openai.com/docs/api-reference/files) in the content of a message.
"""

from typing import Literal

from .._base_model import BaseModel
from .message_content_image_file_object_image_file import (
    MessageContentImageFileObjectImageFile,
)

__all__ = ["MessageContentImageFileObject"]


class MessageContentImageFileObject(BaseModel):
    """References an image [File](https://api.openai.com/docs/api-reference/files) in
    the content of a message.
    """

    type: Literal["image_file"]
    """Always `image_file`."""

    image_file: MessageContentImageFileObjectImageFile
