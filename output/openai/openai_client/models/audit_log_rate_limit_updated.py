"""AuditLogRateLimitUpdated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogRateLimitUpdated"]


class AuditLogRateLimitUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The rate limit ID"""

    changes_requested: AuditLogRateLimitUpdatedChangesRequested | None = None
    """The payload used to update the rate limits."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_rate_limit_updated_changes_requested import (  # noqa: E402
    AuditLogRateLimitUpdatedChangesRequested,
)
