from typing import Annotated, Any

import pydantic
from pydantic import Field

from .._base_model import BaseModel, discriminate
from .message_content_text_annotations_file_citation_object import (
    MessageContentTextAnnotationsFileCitationObject,
)
from .message_content_text_annotations_file_path_object import (
    MessageContentTextAnnotationsFilePathObject,
)

__all__ = ["MessageContentTextObjectText"]


class MessageContentTextObjectText(BaseModel):
    value: str
    """The data that makes up the text."""

    annotations_: list[
        Annotated[
            Annotated[
                MessageContentTextAnnotationsFileCitationObject,
                pydantic.Tag("MessageContentTextAnnotationsFileCitationObject"),
            ]
            | Annotated[
                MessageContentTextAnnotationsFilePathObject,
                pydantic.Tag("MessageContentTextAnnotationsFilePathObject"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "file_citation": "MessageContentTextAnnotationsFileCitationObject",
                    "file_path": "MessageContentTextAnnotationsFilePathObject",
                },
            ),
        ]
    ] = Field(alias="annotations")
    """Wire name: `annotations`."""
