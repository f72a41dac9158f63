from typing import Literal

from .._base_model import BaseModel
from .project_service_account_api_key import ProjectServiceAccountApiKey

__all__ = ["ProjectServiceAccountCreateResponse"]


class ProjectServiceAccountCreateResponse(BaseModel):
    object: Literal["organization.project.service_account"]

    id: str

    name: str

    role: Literal["member", "none"] | str
    """Service accounts created with default project membership have role `member`.
    Accounts created with `create_service_account_only` have role `none`.
    """

    created_at: int

    api_key: ProjectServiceAccountApiKey | None
