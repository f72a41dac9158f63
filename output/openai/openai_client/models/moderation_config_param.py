"""ModerationConfigParam: The moderation policy for the response input."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ModerationConfigParam"]


class ModerationConfigParam(BaseModel):
    """The moderation policy for the response input."""

    mode: ModerationMode


# Imported last so that models referring to each other can load in any order.
from .moderation_mode import ModerationMode  # noqa: E402
