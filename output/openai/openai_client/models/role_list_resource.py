"""RoleListResource: Paginated list of roles assigned to a principal."""

from typing import Literal

from .._base_model import BaseModel
from .assigned_role_details import AssignedRoleDetails

__all__ = ["RoleListResource"]


class RoleListResource(BaseModel):
    """Paginated list of roles assigned to a principal."""

    object: Literal["list"]
    """Always `list`."""

    data: list[AssignedRoleDetails]
    """Role assignments returned in the current page."""

    has_more: bool
    """Whether additional assignments are available when paginating."""

    next: str | None
    """Cursor to fetch the next page of results, or `null` when there are no more
    assignments.
    """
