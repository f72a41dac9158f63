"""MessageRequestContentTextObject: The text content that is part of a message."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["MessageRequestContentTextObject"]


class MessageRequestContentTextObject(BaseModel):
    """The text content that is part of a message."""

    type: Literal["text"]
    """Always `text`."""

    text: str
    """Text content to be sent to the model"""
