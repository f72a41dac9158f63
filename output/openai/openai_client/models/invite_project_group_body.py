"""InviteProjectGroupBody: Request payload for granting a group access to a project."""

from .._base_model import BaseModel

__all__ = ["InviteProjectGroupBody"]


class InviteProjectGroupBody(BaseModel):
    """Request payload for granting a group access to a project."""

    group_id: str
    """Identifier of the group to add to the project."""

    role: str
    """Identifier of the project role to grant to the group."""
