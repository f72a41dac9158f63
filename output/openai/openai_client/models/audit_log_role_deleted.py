"""AuditLogRoleDeleted: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogRoleDeleted"]


class AuditLogRoleDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The role ID."""
