"""AuditLogGroupCreated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogGroupCreated"]


class AuditLogGroupCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the group."""

    data: AuditLogGroupCreatedData | None = None
    """Information about the created group."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_group_created_data import AuditLogGroupCreatedData  # noqa: E402
