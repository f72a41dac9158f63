"""AuditLogCertificateUpdated: The details for events with this `type`."""

from .._base_model import BaseModel

__all__ = ["AuditLogCertificateUpdated"]


class AuditLogCertificateUpdated(BaseModel):
    """The details for events with this `type`."""

    id: str | None = None
    """The certificate ID."""

    name: str | None = None
    """The name of the certificate."""
