from typing import Literal

from .._base_model import BaseModel
from .project_api_key import ProjectApiKey

__all__ = ["ProjectApiKeyListResponse"]


class ProjectApiKeyListResponse(BaseModel):
    object: Literal["list"]

    data: list[ProjectApiKey]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
