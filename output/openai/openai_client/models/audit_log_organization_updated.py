"""AuditLogOrganizationUpdated: The details for events with this `type`."""

from .._base_model import BaseModel
from .audit_log_organization_updated_changes_requested import (
    AuditLogOrganizationUpdatedChangesRequested,
)

__all__ = ["AuditLogOrganizationUpdated"]


class AuditLogOrganizationUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The organization ID."""

    changes_requested: AuditLogOrganizationUpdatedChangesRequested | None = None
    """The payload used to update the organization settings."""
