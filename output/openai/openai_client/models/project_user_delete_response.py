from typing import Literal

from .._base_model import BaseModel

__all__ = ["ProjectUserDeleteResponse"]


class ProjectUserDeleteResponse(BaseModel):
    object: Literal["organization.project.user.deleted"]

    id: str

    deleted: bool
