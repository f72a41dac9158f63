"""AuditLogProjectDeleted: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogProjectDeleted"]


class AuditLogProjectDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""
