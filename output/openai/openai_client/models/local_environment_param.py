from typing import Literal

from .._base_model import BaseModel
from .local_skill_param import LocalSkillParam

__all__ = ["LocalEnvironmentParam"]


class LocalEnvironmentParam(BaseModel):
    type: Literal["local"]
    """Use a local computer environment."""

    skills: list[LocalSkillParam] | None = None
    """An optional list of skills."""
