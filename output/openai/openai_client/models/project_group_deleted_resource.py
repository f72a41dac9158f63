"""ProjectGroupDeletedResource: Confirmation payload returned after removing a group
from a project.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ProjectGroupDeletedResource"]


class ProjectGroupDeletedResource(BaseModel):
    """Confirmation payload returned after removing a group from a project."""

    object: Literal["project.group.deleted"]
    """Always `project.group.deleted`."""

    deleted: bool
    """Whether the group membership in the project was removed."""
