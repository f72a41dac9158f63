"""BetaTypeParam: An action to type in text."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaTypeParam"]


class BetaTypeParam(BaseModel):
    """An action to type in text."""

    type: Literal["type"]
    """Specifies the event type. For a type action, this property is always set to
    `type`.
    """

    text: str
    """The text to type."""
