"""BetaResponseFormatText: Default response format. Used to generate text responses."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaResponseFormatText"]


class BetaResponseFormatText(BaseModel):
    """Default response format. Used to generate text responses."""

    type: Literal["text"]
    """The type of response format being defined. Always `text`."""
