"""VectorStoreObject: A vector store is a collection of processed files can be used by
the `file_search` tool.
"""

from typing import Literal

from .._base_model import BaseModel
from .metadata import Metadata
from .vector_store_expiration_after import VectorStoreExpirationAfter
from .vector_store_object_file_counts import VectorStoreObjectFileCounts

__all__ = ["VectorStoreObject"]


class VectorStoreObject(BaseModel):
    """A vector store is a collection of processed files can be used by the
    `file_search` tool.
    """

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["vector_store"]
    """The object type, which is always `vector_store`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the vector store was created."""

    name: str
    """The name of the vector store."""

    usage_bytes: int
    """The total number of bytes used by the files in the vector store."""

    file_counts: VectorStoreObjectFileCounts

    status: Literal["expired", "in_progress", "completed"] | str
    """The status of the vector store, which can be either `expired`, `in_progress`, or
    `completed`. A status of `completed` indicates that the vector store is ready for
    use.
    """

    expires_after: VectorStoreExpirationAfter | None = None
    """The expiration policy for a vector store."""

    expires_at: int | None = None

    last_active_at: int | None

    metadata: Metadata
