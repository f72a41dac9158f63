"""AuditLogCertificatesDeactivated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogCertificatesDeactivated"]


class AuditLogCertificatesDeactivated(BaseModel):
    """The details for events with this `type`."""

    certificates: list[AuditLogCertificatesDeactivatedCertificatesItem] | None = None


# Imported last so that models referring to each other can load in any order.
from .audit_log_certificates_deactivated_certificates_item import (  # noqa: E402
    AuditLogCertificatesDeactivatedCertificatesItem,
)
