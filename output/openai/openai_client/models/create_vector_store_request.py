from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam
from .metadata import Metadata
from .static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
from .vector_store_expiration_after import VectorStoreExpirationAfter

__all__ = ["CreateVectorStoreRequest"]


class CreateVectorStoreRequest(BaseModel):
    file_ids: list[str] | None = None
    """A list of [File](https://api.openai.com/docs/api-reference/files) IDs that the
    vector store should use. Useful for tools like `file_search` that can access
    files.
    """

    name: str | None = None
    """The name of the vector store."""

    description: str | None = None
    """A description for the vector store. Can be used to describe the vector store's
    purpose.
    """

    expires_after: VectorStoreExpirationAfter | None = None
    """The expiration policy for a vector store."""

    chunking_strategy: (
        Annotated[
            Annotated[
                AutoChunkingStrategyRequestParam,
                pydantic.Tag("AutoChunkingStrategyRequestParam"),
            ]
            | Annotated[
                StaticChunkingStrategyRequestParam,
                pydantic.Tag("StaticChunkingStrategyRequestParam"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "auto": "AutoChunkingStrategyRequestParam",
                    "static": "StaticChunkingStrategyRequestParam",
                },
            ),
        ]
        | None
    ) = None
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto`
    strategy. Only applicable if `file_ids` is non-empty.
    """

    metadata: Metadata | None = None
