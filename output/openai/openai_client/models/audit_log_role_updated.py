"""AuditLogRoleUpdated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogRoleUpdated"]


class AuditLogRoleUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The role ID."""

    changes_requested: AuditLogRoleUpdatedChangesRequested | None = None
    """The payload used to update the role."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_role_updated_changes_requested import (  # noqa: E402
    AuditLogRoleUpdatedChangesRequested,
)
