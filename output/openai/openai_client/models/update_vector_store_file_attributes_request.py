from .._base_model import BaseModel
from .vector_store_file_attributes import VectorStoreFileAttributes

__all__ = ["UpdateVectorStoreFileAttributesRequest"]


class UpdateVectorStoreFileAttributesRequest(BaseModel):
    attributes: VectorStoreFileAttributes
