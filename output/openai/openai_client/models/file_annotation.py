"""FileAnnotation: Annotation that references an uploaded file."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["FileAnnotation"]


class FileAnnotation(BaseModel):
    """Annotation that references an uploaded file."""

    type: Literal["file"]
    """Type discriminator that is always `file` for this annotation."""

    source: FileAnnotationSource
    """File attachment referenced by the annotation."""


# Imported last so that models referring to each other can load in any order.
from .file_annotation_source import FileAnnotationSource  # noqa: E402
