"""UrlAnnotationSource: URL backing an annotation entry."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UrlAnnotationSource"]


class UrlAnnotationSource(BaseModel):
    """URL backing an annotation entry."""

    type: Literal["url"]
    """Type discriminator that is always `url`."""

    url: str
    """URL referenced by the annotation."""
