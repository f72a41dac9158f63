from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["OrganizationProjectCertificateActivationResponse"]


class OrganizationProjectCertificateActivationResponse(BaseModel):
    object: Literal["organization.project.certificate.activation"]
    """The project certificate activation result type."""

    data: list[OrganizationProjectCertificate]


# Imported last so that models referring to each other can load in any order.
from .organization_project_certificate import (  # noqa: E402
    OrganizationProjectCertificate,
)
