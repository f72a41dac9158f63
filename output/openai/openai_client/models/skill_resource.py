from typing import Literal

from .._base_model import BaseModel

__all__ = ["SkillResource"]


class SkillResource(BaseModel):
    id: str
    """Unique identifier for the skill."""

    object: Literal["skill"]
    """The object type, which is `skill`."""

    name: str
    """Name of the skill."""

    description: str
    """Description of the skill."""

    created_at: int
    """Unix timestamp (seconds) for when the skill was created."""

    default_version: str
    """Default version for the skill."""

    latest_version: str
    """Latest version for the skill."""
