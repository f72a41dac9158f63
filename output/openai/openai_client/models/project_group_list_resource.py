"""ProjectGroupListResource: Paginated list of groups that have access to a project."""

from typing import Literal

from .._base_model import BaseModel
from .project_group import ProjectGroup

__all__ = ["ProjectGroupListResource"]


class ProjectGroupListResource(BaseModel):
    """Paginated list of groups that have access to a project."""

    object: Literal["list"]
    """Always `list`."""

    data: list[ProjectGroup]
    """Project group memberships returned in the current page."""

    has_more: bool
    """Whether additional project group memberships are available."""

    next: str | None
    """Cursor to fetch the next page of results, or `null` when there are no more
    results.
    """
