from typing import Literal

from .._base_model import BaseModel
from .organization_project_certificate import OrganizationProjectCertificate

__all__ = ["OrganizationProjectCertificateDeactivationResponse"]


class OrganizationProjectCertificateDeactivationResponse(BaseModel):
    object: Literal["organization.project.certificate.deactivation"]
    """The project certificate deactivation result type."""

    data: list[OrganizationProjectCertificate]
