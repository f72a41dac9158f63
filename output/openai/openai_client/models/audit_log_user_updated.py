"""AuditLogUserUpdated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogUserUpdated"]


class AuditLogUserUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""

    changes_requested: AuditLogUserUpdatedChangesRequested | None = None
    """The payload used to update the user."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_user_updated_changes_requested import (  # noqa: E402
    AuditLogUserUpdatedChangesRequested,
)
