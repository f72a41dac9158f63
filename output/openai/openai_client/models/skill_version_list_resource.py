from typing import Literal

from .._base_model import BaseModel
from .skill_version_resource import SkillVersionResource

__all__ = ["SkillVersionListResource"]


class SkillVersionListResource(BaseModel):
    object: Literal["list"]
    """The type of object returned, must be `list`."""

    data: list[SkillVersionResource]
    """A list of items"""

    first_id: str | None

    last_id: str | None

    has_more: bool
    """Whether there are more items available."""
