from typing import Literal

from .._base_model import BaseModel

__all__ = ["SkillReferenceParam"]


class SkillReferenceParam(BaseModel):
    type: Literal["skill_reference"]
    """References a skill created with the /v1/skills endpoint."""

    skill_id: str
    """The ID of the referenced skill."""

    version: str | None = None
    """Optional skill version. Use a positive integer or 'latest'. Omit for default."""
