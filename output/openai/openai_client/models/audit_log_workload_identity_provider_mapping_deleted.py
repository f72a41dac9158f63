"""AuditLogWorkloadIdentityProviderMappingDeleted: The details for events with this
`type`.
"""

from .._base_model import BaseModel

__all__ = ["AuditLogWorkloadIdentityProviderMappingDeleted"]


class AuditLogWorkloadIdentityProviderMappingDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The workload identity provider mapping ID."""

    identity_provider_id: str | None = None
    """The workload identity provider ID."""

    project_id: str | None = None
    """The project ID."""

    service_account_id: str | None = None
    """The mapped service account ID."""
