from typing import Literal

from .._base_model import BaseModel
from .organization_project_certificate import OrganizationProjectCertificate

__all__ = ["ListProjectCertificatesResponse"]


class ListProjectCertificatesResponse(BaseModel):
    data: list[OrganizationProjectCertificate]

    first_id: str | None

    last_id: str | None

    has_more: bool

    object: Literal["list"]
