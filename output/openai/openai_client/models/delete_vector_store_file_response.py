from typing import Literal

from .._base_model import BaseModel

__all__ = ["DeleteVectorStoreFileResponse"]


class DeleteVectorStoreFileResponse(BaseModel):
    id: str

    deleted: bool

    object: Literal["vector_store.file.deleted"]
