"""ProjectSpendAlertListResource: Paginated list of project spend alerts."""

from typing import Literal

from .._base_model import BaseModel
from .project_spend_alert import ProjectSpendAlert

__all__ = ["ProjectSpendAlertListResource"]


class ProjectSpendAlertListResource(BaseModel):
    """Paginated list of project spend alerts."""

    object: Literal["list"]
    """Always `list`."""

    data: list[ProjectSpendAlert]
    """Spend alerts returned in the current page."""

    first_id: str | None
    """The ID of the first spend alert in this page."""

    last_id: str | None
    """The ID of the last spend alert in this page."""

    has_more: bool
    """Whether more spend alerts are available when paginating."""
