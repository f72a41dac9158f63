from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ListRunsResponse"]


class ListRunsResponse(BaseModel):
    object: str

    data: list[RunObject]

    first_id: str

    last_id: str

    has_more: bool


# Imported last so that models referring to each other can load in any order.
from .run_object import RunObject  # noqa: E402
