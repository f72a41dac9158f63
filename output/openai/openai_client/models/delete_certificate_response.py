from typing import Literal

from .._base_model import BaseModel

__all__ = ["DeleteCertificateResponse"]


class DeleteCertificateResponse(BaseModel):
    object: Literal["certificate.deleted"]
    """The object type, must be `certificate.deleted`."""

    id: str
    """The ID of the certificate that was deleted."""
