from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["UpdateVectorStoreFileAttributesRequest"]


class UpdateVectorStoreFileAttributesRequest(BaseModel):
    attributes: VectorStoreFileAttributes


# Imported last so that models referring to each other can load in any order.
from .vector_store_file_attributes import VectorStoreFileAttributes  # noqa: E402
