"""Project: Represents an individual project."""

from typing import Literal

from .._base_model import BaseModel
from .public_project_residency import PublicProjectResidency

__all__ = ["Project"]


class Project(BaseModel):
    """Represents an individual project."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    object: Literal["organization.project"]
    """The object type, which is always `organization.project`"""

    name: str | None = None
    """The name of the project. This appears in reporting."""

    created_at: int
    """The Unix timestamp (in seconds) of when the project was created."""

    archived_at: int | None = None

    status: str | None = None
    """`active` or `archived`"""

    external_key_id: str | None = None
    """The external key associated with the project."""

    residency: PublicProjectResidency | None = None
    """The residency configuration for the project."""
