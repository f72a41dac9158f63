"""BetaRefusalContent: A refusal from the model."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaRefusalContent"]


class BetaRefusalContent(BaseModel):
    """A refusal from the model."""

    type: Literal["refusal"]
    """The type of the refusal. Always `refusal`."""

    refusal: str
    """The refusal explanation from the model."""
