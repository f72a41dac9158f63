"""AuditLogCertificatesActivated: The details for events with this `type`."""

from .._base_model import BaseModel
from .audit_log_certificates_activated_certificates_item import (
    AuditLogCertificatesActivatedCertificatesItem,
)

__all__ = ["AuditLogCertificatesActivated"]


class AuditLogCertificatesActivated(BaseModel):
    """The details for events with this `type`."""

    certificates: list[AuditLogCertificatesActivatedCertificatesItem] | None = None
