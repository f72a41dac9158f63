"""AuditLogServiceAccountCreated: The details for events with this `type`."""

from .._base_model import BaseModel
from .audit_log_service_account_created_data import AuditLogServiceAccountCreatedData

__all__ = ["AuditLogServiceAccountCreated"]


class AuditLogServiceAccountCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The service account ID."""

    data: AuditLogServiceAccountCreatedData | None = None
    """The payload used to create the service account."""
