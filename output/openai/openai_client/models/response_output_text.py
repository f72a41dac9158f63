"""ResponseOutputText: Assistant response text accompanied by optional annotations."""

from typing import Annotated, Any, Literal

import pydantic
from pydantic import Field

from .._base_model import BaseModel, discriminate
from .file_annotation import FileAnnotation
from .url_annotation import UrlAnnotation

__all__ = ["ResponseOutputText"]


class ResponseOutputText(BaseModel):
    """Assistant response text accompanied by optional annotations."""

    type: Literal["output_text"]
    """Type discriminator that is always `output_text`."""

    text: str
    """Assistant generated text."""

    annotations_: list[
        Annotated[
            Annotated[FileAnnotation, pydantic.Tag("FileAnnotation")]
            | Annotated[UrlAnnotation, pydantic.Tag("UrlAnnotation")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type", "type", {"file": "FileAnnotation", "url": "UrlAnnotation"}
            ),
        ]
    ] = Field(alias="annotations")
    """Ordered list of annotations attached to the response text.

    Wire name: `annotations`.
    """
