from pydantic import Field

from .._base_model import BaseModel

__all__ = ["User"]


class User(BaseModel):
    id: int | None = None

    username: str | None = None

    first_name: str | None = Field(default=None, alias="firstName")
    """Wire name: `firstName`."""

    last_name: str | None = Field(default=None, alias="lastName")
    """Wire name: `lastName`."""

    email: str | None = None

    password: str | None = None

    phone: str | None = None

    user_status: int | None = Field(default=None, alias="userStatus")
    """User Status

    Wire name: `userStatus`.
    """
