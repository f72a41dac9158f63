"""PublicRoleListResource: Paginated list of roles available on an organization or
project.
"""

from typing import Literal

from .._base_model import BaseModel
from .role import Role

__all__ = ["PublicRoleListResource"]


class PublicRoleListResource(BaseModel):
    """Paginated list of roles available on an organization or project."""

    object: Literal["list"]
    """Always `list`."""

    data: list[Role]
    """Roles returned in the current page."""

    has_more: bool
    """Whether more roles are available when paginating."""

    next: str | None
    """Cursor to fetch the next page of results, or `null` when there are no additional
    roles.
    """
