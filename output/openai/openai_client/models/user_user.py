"""UserUser: Nested user details."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UserUser"]


class UserUser(BaseModel):
    """Nested user details."""

    object: Literal["user"]

    id: str

    email: str | None = None

    name: str | None = None

    picture: str | None = None

    enabled: bool | None = None

    banned: bool | None = None

    banned_at: int | None = None
