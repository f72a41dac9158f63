from typing import Literal

from .._base_model import BaseModel

__all__ = ["DeleteFileResponse"]


class DeleteFileResponse(BaseModel):
    id: str

    object: Literal["file"]

    deleted: bool
