from .._base_model import BaseModel

__all__ = ["OrganizationProjectCertificateCertificateDetails"]


class OrganizationProjectCertificateCertificateDetails(BaseModel):
    valid_at: int | None = None
    """The Unix timestamp (in seconds) of when the certificate becomes valid."""

    expires_at: int | None = None
    """The Unix timestamp (in seconds) of when the certificate expires."""
