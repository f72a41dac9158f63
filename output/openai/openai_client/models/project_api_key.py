"""ProjectApiKey: Represents an individual API key in a project."""

from typing import Literal

from .._base_model import BaseModel
from .project_api_key_owner import ProjectApiKeyOwner

__all__ = ["ProjectApiKey"]


class ProjectApiKey(BaseModel):
    """Represents an individual API key in a project."""

    object: Literal["organization.project.api_key"]
    """The object type, which is always `organization.project.api_key`"""

    redacted_value: str
    """The redacted value of the API key"""

    name: str
    """The name of the API key"""

    created_at: int
    """The Unix timestamp (in seconds) of when the API key was created"""

    last_used_at: int | None
    """The Unix timestamp (in seconds) of when the API key was last used."""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    owner_project_access: Literal["active", "inactive"] | str
    """Whether the API key's owner currently has effective access to the project."""

    owner: ProjectApiKeyOwner
