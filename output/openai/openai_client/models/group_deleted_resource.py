"""GroupDeletedResource: Confirmation payload returned after deleting a group."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["GroupDeletedResource"]


class GroupDeletedResource(BaseModel):
    """Confirmation payload returned after deleting a group."""

    object: Literal["group.deleted"]
    """Always `group.deleted`."""

    id: str
    """Identifier of the deleted group."""

    deleted: bool
    """Whether the group was deleted."""
