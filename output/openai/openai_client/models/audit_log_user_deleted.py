"""AuditLogUserDeleted: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogUserDeleted"]


class AuditLogUserDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The user ID."""
