from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaInlineSkillParam"]


class BetaInlineSkillParam(BaseModel):
    type: Literal["inline"]
    """Defines an inline skill for this request."""

    name: str
    """The name of the skill."""

    description: str
    """The description of the skill."""

    source: BetaInlineSkillSourceParam
    """Inline skill payload"""


# Imported last so that models referring to each other can load in any order.
from .beta_inline_skill_source_param import BetaInlineSkillSourceParam  # noqa: E402
