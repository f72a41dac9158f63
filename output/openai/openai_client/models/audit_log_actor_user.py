"""AuditLogActorUser: The user who performed the audit logged action."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogActorUser"]


class AuditLogActorUser(BaseModel):
    """The user who performed the audit logged action."""

    id: str | None = None
    """The user id."""

    email: str | None = None
    """The user email."""
