from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["OrganizationCertificateActivationResponse"]


class OrganizationCertificateActivationResponse(BaseModel):
    object: Literal["organization.certificate.activation"]
    """The organization certificate activation result type."""

    data: list[OrganizationCertificate]


# Imported last so that models referring to each other can load in any order.
from .organization_certificate import OrganizationCertificate  # noqa: E402
