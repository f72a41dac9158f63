"""UserRoleAssignment: Role assignment linking a user to a role."""

from typing import Literal

from .._base_model import BaseModel
from .role import Role
from .user import User

__all__ = ["UserRoleAssignment"]


class UserRoleAssignment(BaseModel):
    """Role assignment linking a user to a role."""

    object: Literal["user.role"]
    """Always `user.role`."""

    user: User
    """Represents an individual `user` within an organization."""

    role: Role
    """Details about a role that can be assigned through the public Roles API."""
