"""FileAnnotationSource: Attachment source referenced by an annotation."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["FileAnnotationSource"]


class FileAnnotationSource(BaseModel):
    """Attachment source referenced by an annotation."""

    type: Literal["file"]
    """Type discriminator that is always `file`."""

    filename: str
    """Filename referenced by the annotation."""
