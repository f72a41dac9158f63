"""AuditLogCertificateDeleted: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogCertificateDeleted"]


class AuditLogCertificateDeleted(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The certificate ID."""

    name: str | None = None
    """The name of the certificate."""

    certificate: str | None = None
    """The certificate content in PEM format."""
