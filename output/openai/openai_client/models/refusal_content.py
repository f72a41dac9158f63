"""RefusalContent: A refusal from the model."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RefusalContent"]


class RefusalContent(BaseModel):
    """A refusal from the model."""

    type: Literal["refusal"]
    """The type of the refusal. Always `refusal`."""

    refusal: str
    """The refusal explanation from the model."""
