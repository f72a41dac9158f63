from .._base_model import BaseModel

__all__ = ["AuditLogCertificatesActivatedCertificatesItem"]


class AuditLogCertificatesActivatedCertificatesItem(BaseModel):
    id: str | None = None
    """The certificate ID."""

    name: str | None = None
    """The name of the certificate."""
