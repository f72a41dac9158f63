"""AuditLogWorkloadIdentityProviderUpdated: The details for events with this `type`."""

from typing import Any

from .._base_model import BaseModel

__all__ = ["AuditLogWorkloadIdentityProviderUpdated"]


class AuditLogWorkloadIdentityProviderUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The workload identity provider ID."""

    changes_requested: dict[str, Any] | None = None
    """The payload used to update the workload identity provider."""
