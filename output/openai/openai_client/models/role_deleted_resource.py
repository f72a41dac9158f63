"""RoleDeletedResource: Confirmation payload returned after deleting a role."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RoleDeletedResource"]


class RoleDeletedResource(BaseModel):
    """Confirmation payload returned after deleting a role."""

    object: Literal["role.deleted"]
    """Always `role.deleted`."""

    id: str
    """Identifier of the deleted role."""

    deleted: bool
    """Whether the role was deleted."""
