"""UserListResource: Paginated list of user objects returned when inspecting group
membership.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UserListResource"]


class UserListResource(BaseModel):
    """Paginated list of user objects returned when inspecting group membership."""

    object: Literal["list"]
    """Always `list`."""

    data: list[GroupUser]
    """Users in the current page."""

    has_more: bool
    """Whether more users are available when paginating."""

    next: str | None
    """Cursor to fetch the next page of results, or `null` when no further users are
    available.
    """


# Imported last so that models referring to each other can load in any order.
from .group_user import GroupUser  # noqa: E402
