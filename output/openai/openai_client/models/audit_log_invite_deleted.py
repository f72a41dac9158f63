"""AuditLogInviteDeleted: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogInviteDeleted"]


class AuditLogInviteDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the invite."""
