from typing import Literal

from .._base_model import BaseModel

__all__ = ["DeleteMessageResponse"]


class DeleteMessageResponse(BaseModel):
    id: str

    deleted: bool

    object: Literal["thread.message.deleted"]
