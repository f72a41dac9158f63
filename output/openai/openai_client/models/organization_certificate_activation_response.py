from typing import Literal

from .._base_model import BaseModel
from .organization_certificate import OrganizationCertificate

__all__ = ["OrganizationCertificateActivationResponse"]


class OrganizationCertificateActivationResponse(BaseModel):
    object: Literal["organization.certificate.activation"]
    """The organization certificate activation result type."""

    data: list[OrganizationCertificate]
