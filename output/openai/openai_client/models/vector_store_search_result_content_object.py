from typing import Literal

from .._base_model import BaseModel

__all__ = ["VectorStoreSearchResultContentObject"]


class VectorStoreSearchResultContentObject(BaseModel):
    type: Literal["text"]
    """The type of content."""

    text: str
    """The text content returned from search."""
