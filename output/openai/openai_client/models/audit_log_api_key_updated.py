"""AuditLogApiKeyUpdated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogApiKeyUpdated"]


class AuditLogApiKeyUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The tracking ID of the API key."""

    changes_requested: AuditLogApiKeyUpdatedChangesRequested | None = None
    """The payload used to update the API key."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_api_key_updated_changes_requested import (  # noqa: E402
    AuditLogApiKeyUpdatedChangesRequested,
)
