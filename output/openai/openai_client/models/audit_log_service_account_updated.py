"""AuditLogServiceAccountUpdated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogServiceAccountUpdated"]


class AuditLogServiceAccountUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The service account ID."""

    changes_requested: AuditLogServiceAccountUpdatedChangesRequested | None = None
    """The payload used to updated the service account."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_service_account_updated_changes_requested import (  # noqa: E402
    AuditLogServiceAccountUpdatedChangesRequested,
)
