from typing import Literal

from .._base_model import BaseModel
from .beta_inline_skill_source_param import BetaInlineSkillSourceParam

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
