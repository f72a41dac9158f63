from typing import Literal

from pydantic import Field

from .._base_model import BaseModel
from .category import Category
from .tag import Tag

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
