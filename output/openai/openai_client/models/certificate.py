"""Certificate: Represents an individual `certificate` uploaded to the organization."""

from typing import Literal

from .._base_model import BaseModel
from .certificate_certificate_details import CertificateCertificateDetails

__all__ = ["Certificate"]


class Certificate(BaseModel):
    """Represents an individual `certificate` uploaded to the organization."""

    object: (
        Literal[
            "certificate",
            "organization.certificate",
            "organization.project.certificate",
        ]
        | str
    )
    """The object type.

    - If creating, updating, or getting a specific certificate, the object type is
      `certificate`.
    - If listing, activating, or deactivating certificates for the organization, the
      object type is `organization.certificate`.
    - If listing, activating, or deactivating certificates for a project, the object
      type is `organization.project.certificate`.
    """

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str | None
    """The name of the certificate."""

    created_at: int
    """The Unix timestamp (in seconds) of when the certificate was uploaded."""

    certificate_details: CertificateCertificateDetails

    active: bool | None = None
    """Whether the certificate is currently active at the specified scope. Not returned
    when getting details for a specific certificate.
    """
