"""OrganizationSpendAlertListResource: Paginated list of organization spend alerts."""

from typing import Literal

from .._base_model import BaseModel
from .organization_spend_alert import OrganizationSpendAlert

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
