from .._base_model import BaseModel

__all__ = ["ProjectUserUpdateRequest"]


class ProjectUserUpdateRequest(BaseModel):
    role: str | None = None
    """`owner` or `member`"""
