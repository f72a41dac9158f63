from typing import Literal

from .._base_model import BaseModel
from .organization_certificate import OrganizationCertificate

__all__ = ["ListCertificatesResponse"]


class ListCertificatesResponse(BaseModel):
    data: list[OrganizationCertificate]

    first_id: str | None

    last_id: str | None

    has_more: bool

    object: Literal["list"]
