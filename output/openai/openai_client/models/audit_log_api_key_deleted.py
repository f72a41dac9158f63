"""AuditLogApiKeyDeleted: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogApiKeyDeleted"]


class AuditLogApiKeyDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The tracking ID of the API key."""
