from typing import Literal

from .._base_model import BaseModel

__all__ = ["ProjectApiKeyDeleteResponse"]


class ProjectApiKeyDeleteResponse(BaseModel):
    object: Literal["organization.project.api_key.deleted"]

    id: str

    deleted: bool
