"""AuditLogExternalKeyRegistered: The details for events with this `type`."""

from typing import Any

from .._base_model import BaseModel

__all__ = ["AuditLogExternalKeyRegistered"]


class AuditLogExternalKeyRegistered(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the external key configuration."""

    data: dict[str, Any] | None = None
    """The configuration for the external key."""
