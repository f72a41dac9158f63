"""BetaResponseReasoningSummaryPartAddedEventPart: The summary part that was added."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaResponseReasoningSummaryPartAddedEventPart"]


class BetaResponseReasoningSummaryPartAddedEventPart(BaseModel):
    """The summary part that was added."""

    type: Literal["summary_text"]
    """The type of the summary part. Always `summary_text`."""

    text: str
    """The text of the summary part."""
