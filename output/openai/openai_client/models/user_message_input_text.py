"""UserMessageInputText: Text block that a user contributed to the thread."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UserMessageInputText"]


class UserMessageInputText(BaseModel):
    """Text block that a user contributed to the thread."""

    type: Literal["input_text"]
    """Type discriminator that is always `input_text`."""

    text: str
    """Plain-text content supplied by the user."""
