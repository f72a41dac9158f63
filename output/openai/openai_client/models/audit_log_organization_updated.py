"""AuditLogOrganizationUpdated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogOrganizationUpdated"]


class AuditLogOrganizationUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The organization ID."""

    changes_requested: AuditLogOrganizationUpdatedChangesRequested | None = None
    """The payload used to update the organization settings."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_organization_updated_changes_requested import (  # noqa: E402
    AuditLogOrganizationUpdatedChangesRequested,
)
