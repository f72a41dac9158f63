from typing import Literal

from .._base_model import BaseModel

__all__ = ["DeletedConversationResource"]


class DeletedConversationResource(BaseModel):
    object: Literal["conversation.deleted"]

    deleted: bool

    id: str
