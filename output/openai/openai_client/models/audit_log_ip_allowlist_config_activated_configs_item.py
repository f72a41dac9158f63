from .._base_model import BaseModel

__all__ = ["AuditLogIpAllowlistConfigActivatedConfigsItem"]


class AuditLogIpAllowlistConfigActivatedConfigsItem(BaseModel):
    id: str | None = None
    """The ID of the IP allowlist configuration."""

    name: str | None = None
    """The name of the IP allowlist configuration."""
