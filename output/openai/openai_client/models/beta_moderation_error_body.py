"""BetaModerationErrorBody: An error produced while attempting moderation for the
response input or output.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaModerationErrorBody"]


class BetaModerationErrorBody(BaseModel):
    """An error produced while attempting moderation for the response input or output."""

    type: Literal["error"]
    """The object type, which was always `error` for moderation failures."""

    code: str
    """The error code."""

    message: str
    """The error message."""
