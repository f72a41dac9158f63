from .._base_model import BaseModel

__all__ = ["ProjectUserCreateRequest"]


class ProjectUserCreateRequest(BaseModel):
    user_id: str | None = None
    """The ID of the user."""

    email: str | None = None
    """Email of the user to add."""

    role: str
    """`owner` or `member`"""
