"""VectorStoreFileBatchObject: A batch of files attached to a vector store."""

from typing import Literal

from .._base_model import BaseModel
from .vector_store_file_batch_object_file_counts import (
    VectorStoreFileBatchObjectFileCounts,
)

__all__ = ["VectorStoreFileBatchObject"]


class VectorStoreFileBatchObject(BaseModel):
    """A batch of files attached to a vector store."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["vector_store.files_batch"]
    """The object type, which is always `vector_store.file_batch`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the vector store files batch was
    created.
    """

    vector_store_id: str
    """The ID of the [vector
    store](https://api.openai.com/docs/api-reference/vector-stores/object) that the
    [File](https://api.openai.com/docs/api-reference/files) is attached to.
    """

    status: Literal["in_progress", "completed", "cancelled", "failed"] | str
    """The status of the vector store files batch, which can be either `in_progress`,
    `completed`, `cancelled` or `failed`.
    """

    file_counts: VectorStoreFileBatchObjectFileCounts
