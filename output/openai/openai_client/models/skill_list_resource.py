from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .skill_resource import SkillResource  # noqa: E402
