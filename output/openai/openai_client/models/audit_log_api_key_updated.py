"""AuditLogApiKeyUpdated: The details for events with this `type`."""

from .._base_model import BaseModel
from .audit_log_api_key_updated_changes_requested import (
    AuditLogApiKeyUpdatedChangesRequested,
)

__all__ = ["AuditLogApiKeyUpdated"]


class AuditLogApiKeyUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The tracking ID of the API key."""

    changes_requested: AuditLogApiKeyUpdatedChangesRequested | None = None
    """The payload used to update the API key."""
