"""UrlAnnotation: Annotation that references a URL."""

from typing import Literal

from .._base_model import BaseModel
from .url_annotation_source import UrlAnnotationSource

__all__ = ["UrlAnnotation"]


class UrlAnnotation(BaseModel):
    """Annotation that references a URL."""

    type: Literal["url"]
    """Type discriminator that is always `url` for this annotation."""

    source: UrlAnnotationSource
    """URL referenced by the annotation."""
