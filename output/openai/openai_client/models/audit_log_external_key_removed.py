"""AuditLogExternalKeyRemoved: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogExternalKeyRemoved"]


class AuditLogExternalKeyRemoved(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the external key configuration."""
