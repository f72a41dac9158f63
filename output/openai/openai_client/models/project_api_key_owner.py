from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ProjectApiKeyOwner"]


class ProjectApiKeyOwner(BaseModel):
    type: Literal["user", "service_account"] | str | None = None
    """`user` or `service_account`"""

    user: ProjectApiKeyOwnerUser | None = None
    """The user that owns a project API key."""

    service_account: ProjectApiKeyOwnerServiceAccount | None = None
    """The service account that owns a project API key."""


# Imported last so that models referring to each other can load in any order.
from .project_api_key_owner_service_account import (  # noqa: E402
    ProjectApiKeyOwnerServiceAccount,
)
from .project_api_key_owner_user import ProjectApiKeyOwnerUser  # noqa: E402
