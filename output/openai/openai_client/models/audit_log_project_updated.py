"""AuditLogProjectUpdated: The details for events with this `type`."""

from .._base_model import BaseModel
from .audit_log_project_updated_changes_requested import (
    AuditLogProjectUpdatedChangesRequested,
)

__all__ = ["AuditLogProjectUpdated"]


class AuditLogProjectUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""

    changes_requested: AuditLogProjectUpdatedChangesRequested | None = None
    """The payload used to update the project."""
