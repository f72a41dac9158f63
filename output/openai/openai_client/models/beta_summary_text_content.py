"""BetaSummaryTextContent: A summary text from the model."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaSummaryTextContent"]


class BetaSummaryTextContent(BaseModel):
    """A summary text from the model."""

    type: Literal["summary_text"]
    """The type of the object. Always `summary_text`."""

    text: str
    """A summary of the reasoning output from the model so far."""
