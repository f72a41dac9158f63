"""AuditLogActorServiceAccount: The service account that performed the audit logged
action.
"""

from .._base_model import BaseModel

__all__ = ["AuditLogActorServiceAccount"]


class AuditLogActorServiceAccount(BaseModel):
    """The service account that performed the audit logged action."""

    id: str | None = None
    """The service account id."""
