"""GroupUserAssignment: Confirmation payload returned after adding a user to a group."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["GroupUserAssignment"]


class GroupUserAssignment(BaseModel):
    """Confirmation payload returned after adding a user to a group."""

    object: Literal["group.user"]
    """Always `group.user`."""

    user_id: str
    """Identifier of the user that was added."""

    group_id: str
    """Identifier of the group the user was added to."""
