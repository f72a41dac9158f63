"""OrganizationSpendAlertListResource: Paginated list of organization spend alerts."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["OrganizationSpendAlertListResource"]


class OrganizationSpendAlertListResource(BaseModel):
    """Paginated list of organization spend alerts."""

    object: Literal["list"]
    """Always `list`."""

    data: list[OrganizationSpendAlert]
    """Spend alerts returned in the current page."""

    first_id: str | None
    """The ID of the first spend alert in this page."""

    last_id: str | None
    """The ID of the last spend alert in this page."""

    has_more: bool
    """Whether more spend alerts are available when paginating."""


# Imported last so that models referring to each other can load in any order.
from .organization_spend_alert import OrganizationSpendAlert  # noqa: E402
