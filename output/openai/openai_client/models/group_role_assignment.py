"""GroupRoleAssignment: Role assignment linking a group to a role."""

from typing import Literal

from .._base_model import BaseModel
from .group import Group
from .role import Role

__all__ = ["GroupRoleAssignment"]


class GroupRoleAssignment(BaseModel):
    """Role assignment linking a group to a role."""

    object: Literal["group.role"]
    """Always `group.role`."""

    group: Group
    """Summary information about a group returned in role assignment responses."""

    role: Role
    """Details about a role that can be assigned through the public Roles API."""
