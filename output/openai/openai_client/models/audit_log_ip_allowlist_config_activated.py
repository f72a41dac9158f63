"""AuditLogIpAllowlistConfigActivated: The details for events with this `type`."""

from .._base_model import BaseModel
from .audit_log_ip_allowlist_config_activated_configs_item import (
    AuditLogIpAllowlistConfigActivatedConfigsItem,
)

__all__ = ["AuditLogIpAllowlistConfigActivated"]


class AuditLogIpAllowlistConfigActivated(BaseModel):
    """The details for events with this `type`."""

    configs: list[AuditLogIpAllowlistConfigActivatedConfigsItem] | None = None
    """The configurations that were activated."""
