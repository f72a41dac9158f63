"""PublicCreateOrganizationRoleBody: Request payload for creating a custom role."""

from .._base_model import BaseModel

__all__ = ["PublicCreateOrganizationRoleBody"]


class PublicCreateOrganizationRoleBody(BaseModel):
    """Request payload for creating a custom role."""

    role_name: str
    """Unique name for the role."""

    permissions: list[str]
    """Permissions to grant to the role."""

    description: str | None = None
    """Optional description of the role."""
