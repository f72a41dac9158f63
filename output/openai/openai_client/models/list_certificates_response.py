from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ListCertificatesResponse"]


class ListCertificatesResponse(BaseModel):
    data: list[OrganizationCertificate]

    first_id: str | None

    last_id: str | None

    has_more: bool

    object: Literal["list"]


# Imported last so that models referring to each other can load in any order.
from .organization_certificate import OrganizationCertificate  # noqa: E402
