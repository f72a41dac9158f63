"""SetDefaultSkillVersionBody: Updates the default version pointer for a skill."""

from .._base_model import BaseModel

__all__ = ["SetDefaultSkillVersionBody"]


class SetDefaultSkillVersionBody(BaseModel):
    """Updates the default version pointer for a skill."""

    default_version: str
    """The skill version number to set as default."""
