from typing import Literal

from .._base_model import BaseModel
from .organization_project_certificate import OrganizationProjectCertificate

__all__ = ["OrganizationProjectCertificateActivationResponse"]


class OrganizationProjectCertificateActivationResponse(BaseModel):
    object: Literal["organization.project.certificate.activation"]
    """The project certificate activation result type."""

    data: list[OrganizationProjectCertificate]
