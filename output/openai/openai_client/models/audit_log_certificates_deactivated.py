"""AuditLogCertificatesDeactivated: The details for events with this `type`."""

from .._base_model import BaseModel
from .audit_log_certificates_deactivated_certificates_item import (
    AuditLogCertificatesDeactivatedCertificatesItem,
)

__all__ = ["AuditLogCertificatesDeactivated"]


class AuditLogCertificatesDeactivated(BaseModel):
    """The details for events with this `type`."""

    certificates: list[AuditLogCertificatesDeactivatedCertificatesItem] | None = None
