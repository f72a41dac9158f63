"""AuditLogIpAllowlistUpdated: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogIpAllowlistUpdated"]


class AuditLogIpAllowlistUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the IP allowlist configuration."""

    allowed_ips: list[str] | None = None
    """The updated set of IP addresses or CIDR ranges in the configuration."""
