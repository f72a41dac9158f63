from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ListVectorStoresResponse"]


class ListVectorStoresResponse(BaseModel):
    object: str

    data: list[VectorStoreObject]

    first_id: str

    last_id: str

    has_more: bool


# Imported last so that models referring to each other can load in any order.
from .vector_store_object import VectorStoreObject  # noqa: E402
