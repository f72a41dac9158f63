"""AuditLogIpAllowlistCreated: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogIpAllowlistCreated"]


class AuditLogIpAllowlistCreated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The ID of the IP allowlist configuration."""

    name: str | None = None
    """The name of the IP allowlist configuration."""

    allowed_ips: list[str] | None = None
    """The IP addresses or CIDR ranges included in the configuration."""
