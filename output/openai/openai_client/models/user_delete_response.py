from typing import Literal

from .._base_model import BaseModel

__all__ = ["UserDeleteResponse"]


class UserDeleteResponse(BaseModel):
    object: Literal["organization.user.deleted"]

    id: str

    deleted: bool
