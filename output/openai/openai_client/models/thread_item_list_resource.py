"""ThreadItemListResource: A paginated list of thread items rendered for the ChatKit
API.
"""

from typing import Literal

from .._base_model import BaseModel
from .thread_item import ThreadItem

__all__ = ["ThreadItemListResource"]


class ThreadItemListResource(BaseModel):
    """A paginated list of thread items rendered for the ChatKit API."""

    object: Literal["list"]
    """The type of object returned, must be `list`."""

    data: list[ThreadItem]
    """A list of items"""

    first_id: str | None

    last_id: str | None

    has_more: bool
    """Whether there are more items available."""
