"""UserRoleAssignment: Role assignment linking a user to a role."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UserRoleAssignment"]


class UserRoleAssignment(BaseModel):
    """Role assignment linking a user to a role."""

    object: Literal["user.role"]
    """Always `user.role`."""

    user: User
    """Represents an individual `user` within an organization."""

    role: Role
    """Details about a role that can be assigned through the public Roles API."""


# Imported last so that models referring to each other can load in any order.
from .role import Role  # noqa: E402
from .user import User  # noqa: E402
