from typing import Literal

from .._base_model import BaseModel
from .beta_local_skill_param import BetaLocalSkillParam

__all__ = ["BetaLocalEnvironmentParam"]


class BetaLocalEnvironmentParam(BaseModel):
    type: Literal["local"]
    """Use a local computer environment."""

    skills: list[BetaLocalSkillParam] | None = None
    """An optional list of skills."""
