"""AuditLogActor: The actor who performed the audit logged action."""

from typing import Literal

from .._base_model import BaseModel
from .audit_log_actor_api_key import AuditLogActorApiKey
from .audit_log_actor_session import AuditLogActorSession

__all__ = ["AuditLogActor"]


class AuditLogActor(BaseModel):
    """The actor who performed the audit logged action."""

    type: Literal["session", "api_key"] | str | None = None
    """The type of actor. Is either `session` or `api_key`."""

    session: AuditLogActorSession | None = None
    """The session in which the audit logged action was performed."""

    api_key: AuditLogActorApiKey | None = None
    """The API Key used to perform the audit logged action."""
