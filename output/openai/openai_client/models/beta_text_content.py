"""BetaTextContent: A text content."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaTextContent"]


class BetaTextContent(BaseModel):
    """A text content."""

    type: Literal["text"]

    text: str
