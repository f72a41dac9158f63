"""AuditLogRoleAssignmentCreated: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogRoleAssignmentCreated"]


class AuditLogRoleAssignmentCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The identifier of the role assignment."""

    principal_id: str | None = None
    """The principal (user or group) that received the role."""

    principal_type: str | None = None
    """The type of principal (user or group) that received the role."""

    resource_id: str | None = None
    """The resource the role assignment is scoped to."""

    resource_type: str | None = None
    """The type of resource the role assignment is scoped to."""
