"""UpdateGroupBody: Request payload for updating the details of an existing group."""

from .._base_model import BaseModel

__all__ = ["UpdateGroupBody"]


class UpdateGroupBody(BaseModel):
    """Request payload for updating the details of an existing group."""

    name: str
    """New display name for the group."""
