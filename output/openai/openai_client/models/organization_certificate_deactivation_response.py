from typing import Literal

from .._base_model import BaseModel
from .organization_certificate import OrganizationCertificate

__all__ = ["OrganizationCertificateDeactivationResponse"]


class OrganizationCertificateDeactivationResponse(BaseModel):
    object: Literal["organization.certificate.deactivation"]
    """The organization certificate deactivation result type."""

    data: list[OrganizationCertificate]
