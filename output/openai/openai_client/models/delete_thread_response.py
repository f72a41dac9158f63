from typing import Literal

from .._base_model import BaseModel

__all__ = ["DeleteThreadResponse"]


class DeleteThreadResponse(BaseModel):
    id: str

    deleted: bool

    object: Literal["thread.deleted"]
