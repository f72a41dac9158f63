"""BetaModerationConfigParam: The moderation policy for the response input."""

from .._base_model import BaseModel
from .beta_moderation_mode import BetaModerationMode

__all__ = ["BetaModerationConfigParam"]


class BetaModerationConfigParam(BaseModel):
    """The moderation policy for the response input."""

    mode: BetaModerationMode
