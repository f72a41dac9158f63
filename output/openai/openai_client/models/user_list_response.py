from typing import Literal

from .._base_model import BaseModel
from .user import User

__all__ = ["UserListResponse"]


class UserListResponse(BaseModel):
    object: Literal["list"]

    data: list[User]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
