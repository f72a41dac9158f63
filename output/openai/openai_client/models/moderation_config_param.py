"""ModerationConfigParam: The moderation policy for the response input."""

from .._base_model import BaseModel
from .moderation_mode import ModerationMode

__all__ = ["ModerationConfigParam"]


class ModerationConfigParam(BaseModel):
    """The moderation policy for the response input."""

    mode: ModerationMode
