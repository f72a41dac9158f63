from typing import Literal

from .._base_model import BaseModel

__all__ = ["ProjectServiceAccountApiKey"]


class ProjectServiceAccountApiKey(BaseModel):
    object: Literal["organization.project.service_account.api_key"]
    """The object type, which is always `organization.project.service_account.api_key`"""

    value: str

    name: str

    created_at: int

    id: str
