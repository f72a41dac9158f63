"""AuditLogInviteSent: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogInviteSent"]


class AuditLogInviteSent(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the invite."""

    data: AuditLogInviteSentData | None = None
    """The payload used to create the invite."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_invite_sent_data import AuditLogInviteSentData  # noqa: E402
