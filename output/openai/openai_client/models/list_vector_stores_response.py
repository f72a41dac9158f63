from .._base_model import BaseModel
from .vector_store_object import VectorStoreObject

__all__ = ["ListVectorStoresResponse"]


class ListVectorStoresResponse(BaseModel):
    object: str

    data: list[VectorStoreObject]

    first_id: str

    last_id: str

    has_more: bool
