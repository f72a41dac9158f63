from .._base_model import BaseModel
from .metadata import Metadata
from .vector_store_expiration_after import VectorStoreExpirationAfter

__all__ = ["UpdateVectorStoreRequest"]


class UpdateVectorStoreRequest(BaseModel):
    name: str | None = None
    """The name of the vector store."""

    expires_after: VectorStoreExpirationAfter | None = None

    metadata: Metadata | None = None
