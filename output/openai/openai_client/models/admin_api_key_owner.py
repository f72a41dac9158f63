from .._base_model import BaseModel

__all__ = ["AdminApiKeyOwner"]


class AdminApiKeyOwner(BaseModel):
    type: str | None = None
    """Always `user`"""

    object: str | None = None
    """The object type, which is always organization.user"""

    id: str | None = None
    """The identifier, which can be referenced in API endpoints"""

    name: str | None = None
    """The name of the user"""

    created_at: int | None = None
    """The Unix timestamp (in seconds) of when the user was created"""

    role: str | None = None
    """Always `owner`"""
