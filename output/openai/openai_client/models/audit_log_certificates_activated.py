"""AuditLogCertificatesActivated: The details for events with this `type`."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["AuditLogCertificatesActivated"]


class AuditLogCertificatesActivated(BaseModel):
    """The details for events with this `type`."""

    certificates: list[AuditLogCertificatesActivatedCertificatesItem] | None = None


# Imported last so that models referring to each other can load in any order.
from .audit_log_certificates_activated_certificates_item import (  # noqa: E402
    AuditLogCertificatesActivatedCertificatesItem,
)
