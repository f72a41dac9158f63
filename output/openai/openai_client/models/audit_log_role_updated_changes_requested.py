"""AuditLogRoleUpdatedChangesRequested: The payload used to update the role."""

from typing import Any

from .._base_model import BaseModel

__all__ = ["AuditLogRoleUpdatedChangesRequested"]


class AuditLogRoleUpdatedChangesRequested(BaseModel):
    """The payload used to update the role."""

    role_name: str | None = None
    """The updated role name, when provided."""

    resource_id: str | None = None
    """The resource the role is scoped to."""

    resource_type: str | None = None
    """The type of resource the role belongs to."""

    permissions_added: list[str] | None = None
    """The permissions added to the role."""

    permissions_removed: list[str] | None = None
    """The permissions removed from the role."""

    description: str | None = None
    """The updated role description, when provided."""

    metadata: dict[str, Any] | None = None
    """Additional metadata stored on the role."""
