from typing import Literal

from .._base_model import BaseModel

__all__ = ["DeletedSkillVersionResource"]


class DeletedSkillVersionResource(BaseModel):
    object: Literal["skill.version.deleted"]

    deleted: bool

    id: str

    version: str
    """The deleted skill version."""
