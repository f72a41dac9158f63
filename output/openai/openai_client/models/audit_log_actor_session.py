"""AuditLogActorSession: The session in which the audit logged action was performed."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogActorSession"]


class AuditLogActorSession(BaseModel):
    """The session in which the audit logged action was performed."""

    user: AuditLogActorUser | None = None
    """The user who performed the audit logged action."""

    ip_address: str | None = None
    """The IP address from which the action was performed."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_actor_user import AuditLogActorUser  # noqa: E402
