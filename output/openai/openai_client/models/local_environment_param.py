from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["LocalEnvironmentParam"]


class LocalEnvironmentParam(BaseModel):
    type: Literal["local"]
    """Use a local computer environment."""

    skills: list[LocalSkillParam] | None = None
    """An optional list of skills."""


# Imported last so that models referring to each other can load in any order.
from .local_skill_param import LocalSkillParam  # noqa: E402
