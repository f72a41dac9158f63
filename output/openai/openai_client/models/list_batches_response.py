from typing import Literal

from .._base_model import BaseModel
from .batch import Batch

__all__ = ["ListBatchesResponse"]


class ListBatchesResponse(BaseModel):
    data: list[Batch]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool

    object: Literal["list"]
