"""AuditLogRateLimitUpdated: The details for events with this `type`."""

from .._base_model import BaseModel
from .audit_log_rate_limit_updated_changes_requested import (
    AuditLogRateLimitUpdatedChangesRequested,
)

__all__ = ["AuditLogRateLimitUpdated"]


class AuditLogRateLimitUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The rate limit ID"""

    changes_requested: AuditLogRateLimitUpdatedChangesRequested | None = None
    """The payload used to update the rate limits."""
