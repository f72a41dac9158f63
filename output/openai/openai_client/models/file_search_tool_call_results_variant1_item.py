from .._base_model import BaseModel
from .vector_store_file_attributes import VectorStoreFileAttributes

__all__ = ["FileSearchToolCallResultsVariant1Item"]


class FileSearchToolCallResultsVariant1Item(BaseModel):
    file_id: str | None = None
    """The unique ID of the file."""

    text: str | None = None
    """The text that was retrieved from the file."""

    filename: str | None = None
    """The name of the file."""

    attributes: VectorStoreFileAttributes | None = None

    score: float | None = None
    """The relevance score of the file - a value between 0 and 1."""
