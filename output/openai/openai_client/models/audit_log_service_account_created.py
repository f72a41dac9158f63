"""AuditLogServiceAccountCreated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogServiceAccountCreated"]


class AuditLogServiceAccountCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The service account ID."""

    data: AuditLogServiceAccountCreatedData | None = None
    """The payload used to create the service account."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_service_account_created_data import (  # noqa: E402
    AuditLogServiceAccountCreatedData,
)
