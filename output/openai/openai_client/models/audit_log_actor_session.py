"""AuditLogActorSession: The session in which the audit logged action was performed."""

from .._base_model import BaseModel
from .audit_log_actor_user import AuditLogActorUser

__all__ = ["AuditLogActorSession"]


class AuditLogActorSession(BaseModel):
    """The session in which the audit logged action was performed."""

    user: AuditLogActorUser | None = None
    """The user who performed the audit logged action."""

    ip_address: str | None = None
    """The IP address from which the action was performed."""
