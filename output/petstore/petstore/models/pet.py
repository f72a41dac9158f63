from __future__ import annotations

from typing import Literal

from pydantic import Field

from .._base_model import BaseModel

__all__ = ["Pet"]


class Pet(BaseModel):
    id: int | None = None

    name: str

    category: Category | None = None

    photo_urls: list[str] = Field(alias="photoUrls")
    """Wire name: `photoUrls`."""

    tags: list[Tag] | None = None

    status: Literal["available", "pending", "sold"] | str | None = None
    """pet status in the store"""


# Imported last so that models referring to each other can load in any order.
from .category import Category  # noqa: E402
from .tag import Tag  # noqa: E402
