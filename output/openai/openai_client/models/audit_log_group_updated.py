"""AuditLogGroupUpdated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogGroupUpdated"]


class AuditLogGroupUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the group."""

    changes_requested: AuditLogGroupUpdatedChangesRequested | None = None
    """The payload used to update the group."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_group_updated_changes_requested import (  # noqa: E402
    AuditLogGroupUpdatedChangesRequested,
)
