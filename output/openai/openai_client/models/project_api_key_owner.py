from typing import Literal

from .._base_model import BaseModel
from .project_api_key_owner_service_account import ProjectApiKeyOwnerServiceAccount
from .project_api_key_owner_user import ProjectApiKeyOwnerUser

__all__ = ["ProjectApiKeyOwner"]


class ProjectApiKeyOwner(BaseModel):
    type: Literal["user", "service_account"] | str | None = None
    """`user` or `service_account`"""

    user: ProjectApiKeyOwnerUser | None = None
    """The user that owns a project API key."""

    service_account: ProjectApiKeyOwnerServiceAccount | None = None
    """The service account that owns a project API key."""
