from .._base_model import BaseModel

__all__ = ["AuditLogCertificatesDeactivatedCertificatesItem"]


class AuditLogCertificatesDeactivatedCertificatesItem(BaseModel):
    id: str | None = None
    """The certificate ID."""

    name: str | None = None
    """The name of the certificate."""
