from typing import Literal

from .._base_model import BaseModel

__all__ = ["InviteDeleteResponse"]


class InviteDeleteResponse(BaseModel):
    object: Literal["organization.invite.deleted"]
    """The object type, which is always `organization.invite.deleted`"""

    id: str

    deleted: bool
