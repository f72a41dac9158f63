"""FileAnnotation: Annotation that references an uploaded file."""

from typing import Literal

from .._base_model import BaseModel
from .file_annotation_source import FileAnnotationSource

__all__ = ["FileAnnotation"]


class FileAnnotation(BaseModel):
    """Annotation that references an uploaded file."""

    type: Literal["file"]
    """Type discriminator that is always `file` for this annotation."""

    source: FileAnnotationSource
    """File attachment referenced by the annotation."""
