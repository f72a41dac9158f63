"""MessageDeltaContentRefusalObject: The refusal content that is part of a message."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["MessageDeltaContentRefusalObject"]


class MessageDeltaContentRefusalObject(BaseModel):
    """The refusal content that is part of a message."""

    index: int
    """The index of the refusal part in the message."""

    type: Literal["refusal"]
    """Always `refusal`."""

    refusal: str | None = None
