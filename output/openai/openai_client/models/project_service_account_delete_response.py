from typing import Literal

from .._base_model import BaseModel

__all__ = ["ProjectServiceAccountDeleteResponse"]


class ProjectServiceAccountDeleteResponse(BaseModel):
    object: Literal["organization.project.service_account.deleted"]

    id: str

    deleted: bool
