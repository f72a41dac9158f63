from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ProjectUserListResponse"]


class ProjectUserListResponse(BaseModel):
    object: str

    data: list[ProjectUser]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool


# Imported last so that models referring to each other can load in any order.
from .project_user import ProjectUser  # noqa: E402
