"""AuditLogRateLimitDeleted: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogRateLimitDeleted"]


class AuditLogRateLimitDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The rate limit ID"""
