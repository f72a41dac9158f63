from .._base_model import BaseModel

__all__ = ["VectorStoreObjectFileCounts"]


class VectorStoreObjectFileCounts(BaseModel):
    in_progress: int
    """The number of files that are currently being processed."""

    completed: int
    """The number of files that have been successfully processed."""

    failed: int
    """The number of files that have failed to process."""

    cancelled: int
    """The number of files that were cancelled."""

    total: int
    """The total number of files."""
