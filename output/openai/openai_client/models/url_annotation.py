"""UrlAnnotation: Annotation that references a URL."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UrlAnnotation"]


class UrlAnnotation(BaseModel):
    """Annotation that references a URL."""

    type: Literal["url"]
    """Type discriminator that is always `url` for this annotation."""

    source: UrlAnnotationSource
    """URL referenced by the annotation."""


# Imported last so that models referring to each other can load in any order.
from .url_annotation_source import UrlAnnotationSource  # noqa: E402
