from .._base_model import BaseModel

__all__ = ["CertificateCertificateDetails"]


class CertificateCertificateDetails(BaseModel):
    valid_at: int | None = None
    """The Unix timestamp (in seconds) of when the certificate becomes valid."""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) of when the certificate expires."""

    content: str | None = None
    """The content of the certificate in PEM format."""
