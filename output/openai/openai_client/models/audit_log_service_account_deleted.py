"""AuditLogServiceAccountDeleted: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogServiceAccountDeleted"]


class AuditLogServiceAccountDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The service account ID."""
