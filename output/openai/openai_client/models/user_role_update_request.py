from .._base_model import BaseModel

__all__ = ["UserRoleUpdateRequest"]


class UserRoleUpdateRequest(BaseModel):
    role: str | None = None
    """`owner` or `reader`"""

    role_id: str | None = None
    """Role ID to assign to the user."""

    technical_level: str | None = None
    """Technical level metadata."""

    developer_persona: str | None = None
    """Developer persona metadata."""
