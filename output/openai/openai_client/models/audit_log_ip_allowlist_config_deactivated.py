"""AuditLogIpAllowlistConfigDeactivated: The details for events with this `type`."""

from .._base_model import BaseModel
from .audit_log_ip_allowlist_config_deactivated_configs_item import (
    AuditLogIpAllowlistConfigDeactivatedConfigsItem,
)

__all__ = ["AuditLogIpAllowlistConfigDeactivated"]


class AuditLogIpAllowlistConfigDeactivated(BaseModel):
    """The details for events with this `type`."""

    configs: list[AuditLogIpAllowlistConfigDeactivatedConfigsItem] | None = None
    """The configurations that were deactivated."""
