"""OrganizationProjectCertificate: Represents an individual certificate configured at
the project level.
"""

from typing import Literal

from .._base_model import BaseModel
from .organization_project_certificate_certificate_details import (
    OrganizationProjectCertificateCertificateDetails,
)

__all__ = ["OrganizationProjectCertificate"]


class OrganizationProjectCertificate(BaseModel):
    """Represents an individual certificate configured at the project level."""

    object: Literal["organization.project.certificate"]
    """The object type, which is always `organization.project.certificate`."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str | None
    """The name of the certificate."""

    created_at: int
    """The Unix timestamp (in seconds) of when the certificate was uploaded."""

    certificate_details: OrganizationProjectCertificateCertificateDetails

    active: bool
    """Whether the certificate is currently active at the project level."""
