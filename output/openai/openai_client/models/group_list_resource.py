"""GroupListResource: Paginated list of organization groups."""

from typing import Literal

from .._base_model import BaseModel
from .group_response import GroupResponse

__all__ = ["GroupListResource"]


class GroupListResource(BaseModel):
    """Paginated list of organization groups."""

    object: Literal["list"]
    """Always `list`."""

    data: list[GroupResponse]
    """Groups returned in the current page."""

    has_more: bool
    """Whether additional groups are available when paginating."""

    next: str | None
    """Cursor to fetch the next page of results, or `null` if there are no more results."""
