"""BetaModerationConfigParam: The moderation policy for the response input."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["BetaModerationConfigParam"]


class BetaModerationConfigParam(BaseModel):
    """The moderation policy for the response input."""

    mode: BetaModerationMode


# Imported last so that models referring to each other can load in any order.
from .beta_moderation_mode import BetaModerationMode  # noqa: E402
