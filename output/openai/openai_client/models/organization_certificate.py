"""OrganizationCertificate: Represents an individual certificate configured at the
organization level.
"""

from typing import Literal

from .._base_model import BaseModel
from .organization_certificate_certificate_details import (
    OrganizationCertificateCertificateDetails,
)

__all__ = ["OrganizationCertificate"]


class OrganizationCertificate(BaseModel):
    """Represents an individual certificate configured at the organization level."""

    object: Literal["organization.certificate"]
    """The object type, which is always `organization.certificate`."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str | None
    """The name of the certificate."""

    created_at: int
    """The Unix timestamp (in seconds) of when the certificate was uploaded."""

    certificate_details: OrganizationCertificateCertificateDetails

    active: bool
    """Whether the certificate is currently active at the organization level."""
