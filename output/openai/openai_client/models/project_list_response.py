from typing import Literal

from .._base_model import BaseModel
from .project import Project

__all__ = ["ProjectListResponse"]


class ProjectListResponse(BaseModel):
    object: Literal["list"]

    data: list[Project]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
