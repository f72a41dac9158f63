"""AuditLogProjectArchived: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogProjectArchived"]


class AuditLogProjectArchived(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The project ID."""
