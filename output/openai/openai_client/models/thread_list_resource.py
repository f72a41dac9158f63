"""ThreadListResource: A paginated list of ChatKit threads."""

from typing import Literal

from .._base_model import BaseModel
from .thread_resource import ThreadResource

__all__ = ["ThreadListResource"]


class ThreadListResource(BaseModel):
    """A paginated list of ChatKit threads."""

    object: Literal["list"]
    """The type of object returned, must be `list`."""

    data: list[ThreadResource]
    """A list of items"""

    first_id: str | None

    last_id: str | None

    has_more: bool
    """Whether there are more items available."""
