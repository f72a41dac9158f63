"""MessageContentTextAnnotationsFilePathObject: A URL for the file that's generated when
the assistant used the `code_interpreter` tool to generate a file.
"""

from typing import Literal

from .._base_model import BaseModel
from .message_content_text_annotations_file_path_object_file_path import (
    MessageContentTextAnnotationsFilePathObjectFilePath,
)

__all__ = ["MessageContentTextAnnotationsFilePathObject"]


class MessageContentTextAnnotationsFilePathObject(BaseModel):
    """A URL for the file that's generated when the assistant used the
    `code_interpreter` tool to generate a file.
    """

    type: Literal["file_path"]
    """Always `file_path`."""

    text: str
    """The text in the message content that needs to be replaced."""

    file_path: MessageContentTextAnnotationsFilePathObjectFilePath

    start_index: int

    end_index: int
