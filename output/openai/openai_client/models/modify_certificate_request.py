from .._base_model import BaseModel

__all__ = ["ModifyCertificateRequest"]


class ModifyCertificateRequest(BaseModel):
    name: str | None = None
    """The updated name for the certificate"""
