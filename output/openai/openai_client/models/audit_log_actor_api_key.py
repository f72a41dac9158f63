"""AuditLogActorApiKey: The API Key used to perform the audit logged action."""

from typing import Literal

from .._base_model import BaseModel
from .audit_log_actor_service_account import AuditLogActorServiceAccount
from .audit_log_actor_user import AuditLogActorUser

__all__ = ["AuditLogActorApiKey"]


class AuditLogActorApiKey(BaseModel):
    """The API Key used to perform the audit logged action."""

    id: str | None = None
    """The tracking id of the API key."""

    type: Literal["user", "service_account"] | str | None = None
    """The type of API key. Can be either `user` or `service_account`."""

    user: AuditLogActorUser | None = None
    """The user who performed the audit logged action."""

    service_account: AuditLogActorServiceAccount | None = None
    """The service account that performed the audit logged action."""
