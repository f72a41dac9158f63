"""GroupRoleAssignment: Role assignment linking a group to a role."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["GroupRoleAssignment"]


class GroupRoleAssignment(BaseModel):
    """Role assignment linking a group to a role."""

    object: Literal["group.role"]
    """Always `group.role`."""

    group: Group
    """Summary information about a group returned in role assignment responses."""

    role: Role
    """Details about a role that can be assigned through the public Roles API."""


# Imported last so that models referring to each other can load in any order.
from .group import Group  # noqa: E402
from .role import Role  # noqa: E402
