"""GroupMemberUser: Details about a user returned from an organization group membership
lookup.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["GroupMemberUser"]


class GroupMemberUser(BaseModel):
    """Details about a user returned from an organization group membership lookup."""

    id: str
    """Identifier for the user."""

    name: str
    """Display name of the user."""

    email: str | None
    """Email address of the user, or `null` for users without an email."""

    picture: str | None
    """URL of the user's profile picture, if available."""

    is_service_account: bool | None
    """Whether the user is a service account."""

    user_type: Literal["user", "tenant_user"] | str
    """The type of user."""
