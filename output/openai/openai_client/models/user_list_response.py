from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UserListResponse"]


class UserListResponse(BaseModel):
    object: Literal["list"]

    data: list[User]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool


# Imported last so that models referring to each other can load in any order.
from .user import User  # noqa: E402
