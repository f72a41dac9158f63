from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["UpdateVectorStoreRequest"]


class UpdateVectorStoreRequest(BaseModel):
    name: str | None = None
    """The name of the vector store."""

    expires_after: VectorStoreExpirationAfter | None = None

    metadata: Metadata | None = None


# Imported last so that models referring to each other can load in any order.
from .metadata import Metadata  # noqa: E402
from .vector_store_expiration_after import VectorStoreExpirationAfter  # noqa: E402
