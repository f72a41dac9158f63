from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaLocalEnvironmentParam"]


class BetaLocalEnvironmentParam(BaseModel):
    type: Literal["local"]
    """Use a local computer environment."""

    skills: list[BetaLocalSkillParam] | None = None
    """An optional list of skills."""


# Imported last so that models referring to each other can load in any order.
from .beta_local_skill_param import BetaLocalSkillParam  # noqa: E402
