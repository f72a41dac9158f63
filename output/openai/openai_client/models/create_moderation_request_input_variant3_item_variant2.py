"""CreateModerationRequestInputVariant3ItemVariant2: An object describing text to
classify.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["CreateModerationRequestInputVariant3ItemVariant2"]


class CreateModerationRequestInputVariant3ItemVariant2(BaseModel):
    """An object describing text to classify."""

    type: Literal["text"]
    """Always `text`."""

    text: str
    """A string of text to classify."""
