"""CreateGroupBody: Request payload for creating a new group in the organization."""

from .._base_model import BaseModel

__all__ = ["CreateGroupBody"]


class CreateGroupBody(BaseModel):
    """Request payload for creating a new group in the organization."""

    name: str
    """Human readable name for the group."""
