"""AuditLogRoleUpdated: The details for events with this `type`."""

from .._base_model import BaseModel
from .audit_log_role_updated_changes_requested import (
    AuditLogRoleUpdatedChangesRequested,
)

__all__ = ["AuditLogRoleUpdated"]


class AuditLogRoleUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The role ID."""

    changes_requested: AuditLogRoleUpdatedChangesRequested | None = None
    """The payload used to update the role."""
