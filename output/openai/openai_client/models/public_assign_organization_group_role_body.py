"""PublicAssignOrganizationGroupRoleBody: Request payload for assigning a role to a
group or user.
"""

from .._base_model import BaseModel

__all__ = ["PublicAssignOrganizationGroupRoleBody"]


class PublicAssignOrganizationGroupRoleBody(BaseModel):
    """Request payload for assigning a role to a group or user."""

    role_id: str
    """Identifier of the role to assign."""
