"""ChatCompletionModerationError: An error produced while attempting moderation."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ChatCompletionModerationError"]


class ChatCompletionModerationError(BaseModel):
    """An error produced while attempting moderation."""

    type: Literal["error"]
    """The object type, which is always `error`."""

    code: str
    """The error code."""

    message: str
    """The error message."""
