from typing import Literal

from .._base_model import BaseModel
from .skill_resource import SkillResource

__all__ = ["SkillListResource"]


class SkillListResource(BaseModel):
    object: Literal["list"]
    """The type of object returned, must be `list`."""

    data: list[SkillResource]
    """A list of items"""

    first_id: str | None

    last_id: str | None

    has_more: bool
    """Whether there are more items available."""
