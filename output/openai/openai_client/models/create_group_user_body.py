"""CreateGroupUserBody: Request payload for adding a user to a group."""

from .._base_model import BaseModel

__all__ = ["CreateGroupUserBody"]


class CreateGroupUserBody(BaseModel):
    """Request payload for adding a user to a group."""

    user_id: str
    """Identifier of the user to add to the group."""
