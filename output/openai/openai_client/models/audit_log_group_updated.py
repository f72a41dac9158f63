"""AuditLogGroupUpdated: The details for events with this `type`."""

from .._base_model import BaseModel
from .audit_log_group_updated_changes_requested import (
    AuditLogGroupUpdatedChangesRequested,
)

__all__ = ["AuditLogGroupUpdated"]


class AuditLogGroupUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the group."""

    changes_requested: AuditLogGroupUpdatedChangesRequested | None = None
    """The payload used to update the group."""
