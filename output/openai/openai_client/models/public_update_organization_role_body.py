"""PublicUpdateOrganizationRoleBody: Request payload for updating an existing role."""

from .._base_model import BaseModel

__all__ = ["PublicUpdateOrganizationRoleBody"]


class PublicUpdateOrganizationRoleBody(BaseModel):
    """Request payload for updating an existing role."""

    permissions: list[str] | None = None
    """Updated set of permissions for the role."""

    description: str | None = None
    """New description for the role."""

    role_name: str | None = None
    """New name for the role."""
