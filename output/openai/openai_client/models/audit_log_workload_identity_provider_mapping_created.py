"""AuditLogWorkloadIdentityProviderMappingCreated: The details for events with this
`type`.
"""

from typing import Any

from .._base_model import BaseModel

__all__ = ["AuditLogWorkloadIdentityProviderMappingCreated"]


class AuditLogWorkloadIdentityProviderMappingCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The workload identity provider mapping ID."""

    identity_provider_id: str | None = None
    """The workload identity provider ID."""

    data: dict[str, Any] | None = None
    """The payload used to create the workload identity provider mapping."""
