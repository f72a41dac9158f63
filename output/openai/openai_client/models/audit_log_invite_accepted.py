"""AuditLogInviteAccepted: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogInviteAccepted"]


class AuditLogInviteAccepted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the invite."""
