"""DeletedRoleAssignmentResource: Confirmation payload returned after unassigning a
role.
"""

from .._base_model import BaseModel

__all__ = ["DeletedRoleAssignmentResource"]


class DeletedRoleAssignmentResource(BaseModel):
    """Confirmation payload returned after unassigning a role."""

    object: str
    """Identifier for the deleted assignment, such as `group.role.deleted` or
    `user.role.deleted`.
    """

    deleted: bool
    """Whether the assignment was removed."""
