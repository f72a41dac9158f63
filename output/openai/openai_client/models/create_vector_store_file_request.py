from .._base_model import BaseModel
from .chunking_strategy_request_param import ChunkingStrategyRequestParam
from .vector_store_file_attributes import VectorStoreFileAttributes

__all__ = ["CreateVectorStoreFileRequest"]


class CreateVectorStoreFileRequest(BaseModel):
    file_id: str
    """A [File](https://api.openai.com/docs/api-reference/files) ID that the vector
    store should use. Useful for tools like `file_search` that can access files. For
    multi-file ingestion, we recommend
    [`file_batches`](https://api.openai.com/docs/api-reference/vector-stores-file-batches/createBatch)
    to minimize per-vector-store write requests.
    """

    chunking_strategy: ChunkingStrategyRequestParam | None = None
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto`
    strategy.
    """

    attributes: VectorStoreFileAttributes | None = None
