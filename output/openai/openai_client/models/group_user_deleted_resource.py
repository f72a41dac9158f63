"""GroupUserDeletedResource: Confirmation payload returned after removing a user from a
group.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["GroupUserDeletedResource"]


class GroupUserDeletedResource(BaseModel):
    """Confirmation payload returned after removing a user from a group."""

    object: Literal["group.user.deleted"]
    """Always `group.user.deleted`."""

    deleted: bool
    """Whether the group membership was removed."""
