"""UserMessageQuotedText: Quoted snippet that the user referenced in their message."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UserMessageQuotedText"]


class UserMessageQuotedText(BaseModel):
    """Quoted snippet that the user referenced in their message."""

    type: Literal["quoted_text"]
    """Type discriminator that is always `quoted_text`."""

    text: str
    """Quoted text content."""
