"""BetaResponseReasoningSummaryPartDoneEventPart: The completed summary part."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaResponseReasoningSummaryPartDoneEventPart"]


class BetaResponseReasoningSummaryPartDoneEventPart(BaseModel):
    """The completed summary part."""

    type: Literal["summary_text"]
    """The type of the summary part. Always `summary_text`."""

    text: str
    """The text of the summary part."""
