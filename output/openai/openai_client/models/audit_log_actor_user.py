"""AuditLogActorUser: The user who performed the audit logged action."""

from .._base_model import BaseModel

__all__ = ["AuditLogActorUser"]


class AuditLogActorUser(BaseModel):
    """The user who performed the audit logged action."""

    id: str | None = None
    """The user id."""

    email: str | None = None
    """The user email."""
