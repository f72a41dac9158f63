"""ProjectUser: Represents an individual user in a project."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ProjectUser"]


class ProjectUser(BaseModel):
    """Represents an individual user in a project."""

    object: Literal["organization.project.user"]
    """The object type, which is always `organization.project.user`"""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str | None = None
    """The name of the user"""

    email: str | None = None
    """The email address of the user"""

    role: str
    """`owner` or `member`"""

    added_at: int
    """The Unix timestamp (in seconds) of when the project was added."""
