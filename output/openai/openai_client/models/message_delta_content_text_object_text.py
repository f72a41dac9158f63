from typing import Annotated, Any

import pydantic
from pydantic import Field

from .._base_model import BaseModel, discriminate
from .message_delta_content_text_annotations_file_citation_object import (
    MessageDeltaContentTextAnnotationsFileCitationObject,
)
from .message_delta_content_text_annotations_file_path_object import (
    MessageDeltaContentTextAnnotationsFilePathObject,
)

__all__ = ["MessageDeltaContentTextObjectText"]


class MessageDeltaContentTextObjectText(BaseModel):
    value: str | None = None
    """The data that makes up the text."""

    annotations_: (
        list[
            Annotated[
                Annotated[
                    MessageDeltaContentTextAnnotationsFileCitationObject,
                    pydantic.Tag(
                        "MessageDeltaContentTextAnnotationsFileCitationObject"
                    ),
                ]
                | Annotated[
                    MessageDeltaContentTextAnnotationsFilePathObject,
                    pydantic.Tag("MessageDeltaContentTextAnnotationsFilePathObject"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "file_citation": "MessageDeltaContentTextAnnotationsFileCitationObject",
                        "file_path": "MessageDeltaContentTextAnnotationsFilePathObject",
                    },
                ),
            ]
        ]
        | None
    ) = Field(default=None, alias="annotations")
    """Wire name: `annotations`."""
