"""AuditLogApiKeyCreated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogApiKeyCreated"]


class AuditLogApiKeyCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The tracking ID of the API key."""

    data: AuditLogApiKeyCreatedData | None = None
    """The payload used to create the API key."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_api_key_created_data import AuditLogApiKeyCreatedData  # noqa: E402
