from typing import Literal

from .._base_model import BaseModel
from .project_rate_limit import ProjectRateLimit

__all__ = ["ProjectRateLimitListResponse"]


class ProjectRateLimitListResponse(BaseModel):
    object: Literal["list"]

    data: list[ProjectRateLimit]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
