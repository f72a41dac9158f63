"""GroupUser: Represents an individual user returned when inspecting group membership."""

from .._base_model import BaseModel

__all__ = ["GroupUser"]


class GroupUser(BaseModel):
    """Represents an individual user returned when inspecting group membership."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str
    """The name of the user."""

    email: str | None
    """The email address of the user."""
