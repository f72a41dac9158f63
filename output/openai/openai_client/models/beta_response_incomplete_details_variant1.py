"""BetaResponseIncompleteDetailsVariant1: Details about why the response is incomplete."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaResponseIncompleteDetailsVariant1"]


class BetaResponseIncompleteDetailsVariant1(BaseModel):
    """Details about why the response is incomplete."""

    reason: Literal["max_output_tokens", "content_filter"] | str | None = None
    """The reason why the response is incomplete."""
