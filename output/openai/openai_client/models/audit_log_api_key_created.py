"""AuditLogApiKeyCreated: The details for events with this `type`."""

from .._base_model import BaseModel
from .audit_log_api_key_created_data import AuditLogApiKeyCreatedData

__all__ = ["AuditLogApiKeyCreated"]


class AuditLogApiKeyCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The tracking ID of the API key."""

    data: AuditLogApiKeyCreatedData | None = None
    """The payload used to create the API key."""
