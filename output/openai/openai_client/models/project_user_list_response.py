from .._base_model import BaseModel
from .project_user import ProjectUser

__all__ = ["ProjectUserListResponse"]


class ProjectUserListResponse(BaseModel):
    object: str

    data: list[ProjectUser]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
