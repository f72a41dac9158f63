from .._base_model import BaseModel

__all__ = ["UploadCertificateRequest"]


class UploadCertificateRequest(BaseModel):
    name: str | None = None
    """An optional name for the certificate"""

    certificate: str
    """The certificate content in PEM format"""
