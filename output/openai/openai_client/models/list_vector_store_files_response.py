from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ListVectorStoreFilesResponse"]


class ListVectorStoreFilesResponse(BaseModel):
    object: str

    data: list[VectorStoreFileObject]

    first_id: str

    last_id: str

    has_more: bool


# Imported last so that models referring to each other can load in any order.
from .vector_store_file_object import VectorStoreFileObject  # noqa: E402
