"""AuditLogIpAllowlistConfigActivated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogIpAllowlistConfigActivated"]


class AuditLogIpAllowlistConfigActivated(BaseModel):
    """The details for events with this `type`."""

    configs: list[AuditLogIpAllowlistConfigActivatedConfigsItem] | None = None
    """The configurations that were activated."""


# Imported last so that models referring to each other can load in any order.
from .audit_log_ip_allowlist_config_activated_configs_item import (  # noqa: E402
    AuditLogIpAllowlistConfigActivatedConfigsItem,
)
