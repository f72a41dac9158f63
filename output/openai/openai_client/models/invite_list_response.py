from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .invite import Invite  # noqa: E402
