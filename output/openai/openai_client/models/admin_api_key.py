"""AdminApiKey: Represents an individual Admin API key in an org."""

from typing import Literal

from .._base_model import BaseModel
from .admin_api_key_owner import AdminApiKeyOwner

__all__ = ["AdminApiKey"]


class AdminApiKey(BaseModel):
    """Represents an individual Admin API key in an org."""

    object: Literal["organization.admin_api_key"]
    """The object type, which is always `organization.admin_api_key`"""

    id: str
    """The identifier, which can be referenced in API endpoints"""

    name: str | None = None
    """The name of the API key"""

    redacted_value: str
    """The redacted value of the API key"""

    created_at: int
    """The Unix timestamp (in seconds) of when the API key was created"""

    expires_at: int | None

    last_used_at: int | None = None

    owner: AdminApiKeyOwner
