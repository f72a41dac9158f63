"""MessageObjectIncompleteDetailsVariant1: On an incomplete message, details about why
the message is incomplete.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["MessageObjectIncompleteDetailsVariant1"]


class MessageObjectIncompleteDetailsVariant1(BaseModel):
    """On an incomplete message, details about why the message is incomplete."""

    reason: (
        Literal[
            "content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"
        ]
        | str
    )
    """The reason the message is incomplete."""
