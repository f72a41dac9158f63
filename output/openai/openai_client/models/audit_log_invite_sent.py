"""AuditLogInviteSent: The details for events with this `type`."""

from .._base_model import BaseModel
from .audit_log_invite_sent_data import AuditLogInviteSentData

__all__ = ["AuditLogInviteSent"]


class AuditLogInviteSent(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the invite."""

    data: AuditLogInviteSentData | None = None
    """The payload used to create the invite."""
