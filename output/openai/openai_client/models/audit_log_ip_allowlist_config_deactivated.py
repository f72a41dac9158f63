"""AuditLogIpAllowlistConfigDeactivated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogIpAllowlistConfigDeactivated"]


class AuditLogIpAllowlistConfigDeactivated(BaseModel):
    """The details for events with this `type`."""

    configs: list[AuditLogIpAllowlistConfigDeactivatedConfigsItem] | None = None
    """The configurations that were deactivated."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_ip_allowlist_config_deactivated_configs_item import (  # noqa: E402
    AuditLogIpAllowlistConfigDeactivatedConfigsItem,
)
