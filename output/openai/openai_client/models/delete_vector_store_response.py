from typing import Literal

from .._base_model import BaseModel

__all__ = ["DeleteVectorStoreResponse"]


class DeleteVectorStoreResponse(BaseModel):
    id: str

    deleted: bool

    object: Literal["vector_store.deleted"]
