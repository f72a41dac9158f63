"""AuditLogUserAdded: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogUserAdded"]


class AuditLogUserAdded(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The user ID."""

    data: AuditLogUserAddedData | None = None
    """The payload used to add the user to the project."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_user_added_data import AuditLogUserAddedData  # noqa: E402
