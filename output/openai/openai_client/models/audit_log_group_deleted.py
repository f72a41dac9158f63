"""AuditLogGroupDeleted: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogGroupDeleted"]


class AuditLogGroupDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the group."""
