from typing import Literal

from .._base_model import BaseModel
from .project_service_account import ProjectServiceAccount

__all__ = ["ProjectServiceAccountListResponse"]


class ProjectServiceAccountListResponse(BaseModel):
    object: Literal["list"]

    data: list[ProjectServiceAccount]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
