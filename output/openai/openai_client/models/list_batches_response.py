from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ListBatchesResponse"]


class ListBatchesResponse(BaseModel):
    data: list[Batch]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool

    object: Literal["list"]


# Imported last so that models referring to each other can load in any order.
from .batch import Batch  # noqa: E402
