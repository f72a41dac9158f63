"""AuditLogProjectCreated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogProjectCreated"]


class AuditLogProjectCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""

    data: AuditLogProjectCreatedData | None = None
    """The payload used to create the project."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_project_created_data import AuditLogProjectCreatedData  # noqa: E402
