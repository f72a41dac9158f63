from typing import Literal

from .._base_model import BaseModel

__all__ = ["DeletedSkillResource"]


class DeletedSkillResource(BaseModel):
    object: Literal["skill.deleted"]

    deleted: bool

    id: str
