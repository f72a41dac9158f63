"""AuditLogWorkloadIdentityProviderDeleted: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogWorkloadIdentityProviderDeleted"]


class AuditLogWorkloadIdentityProviderDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The workload identity provider ID."""

    name: str | None = None
    """The workload identity provider name."""
