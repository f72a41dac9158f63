from typing import Literal

from .._base_model import BaseModel
from .invite import Invite

__all__ = ["InviteListResponse"]


class InviteListResponse(BaseModel):
    object: Literal["list"]
    """The object type, which is always `list`"""

    data: list[Invite]

    first_id: str | None = None
    """The first `invite_id` in the retrieved `list`"""

    last_id: str | None = None
    """The last `invite_id` in the retrieved `list`"""

    has_more: bool
    """The `has_more` property is used for pagination to indicate there are additional
    results.
    """
