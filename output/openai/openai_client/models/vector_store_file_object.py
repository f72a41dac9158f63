"""VectorStoreFileObject: A list of files attached to a vector store."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .other_chunking_strategy_response_param import OtherChunkingStrategyResponseParam
from .static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam
from .vector_store_file_attributes import VectorStoreFileAttributes
from .vector_store_file_object_last_error_variant1 import (
    VectorStoreFileObjectLastErrorVariant1,
)

__all__ = ["VectorStoreFileObject"]


class VectorStoreFileObject(BaseModel):
    """A list of files attached to a vector store."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["vector_store.file"]
    """The object type, which is always `vector_store.file`."""

    usage_bytes: int
    """The total vector store usage in bytes. Note that this may be different from the
    original file size.
    """

    created_at: int
    """The Unix timestamp (in seconds) for when the vector store file was created."""

    vector_store_id: str
    """The ID of the [vector
    store](https://api.openai.com/docs/api-reference/vector-stores/object) that the
    [File](https://api.openai.com/docs/api-reference/files) is attached to.
    """

    status: Literal["in_progress", "completed", "cancelled", "failed"] | str
    """The status of the vector store file, which can be either `in_progress`,
    `completed`, `cancelled`, or `failed`. The status `completed` indicates that the
    vector store file is ready for use.
    """

    last_error: VectorStoreFileObjectLastErrorVariant1 | None

    chunking_strategy: (
        Annotated[
            Annotated[
                StaticChunkingStrategyResponseParam,
                pydantic.Tag("StaticChunkingStrategyResponseParam"),
            ]
            | Annotated[
                OtherChunkingStrategyResponseParam,
                pydantic.Tag("OtherChunkingStrategyResponseParam"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "static": "StaticChunkingStrategyResponseParam",
                    "other": "OtherChunkingStrategyResponseParam",
                },
            ),
        ]
        | None
    ) = None
    """The strategy used to chunk the file."""

    attributes: VectorStoreFileAttributes | None = None
