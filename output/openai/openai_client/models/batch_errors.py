from .._base_model import BaseModel
from .batch_error import BatchError

__all__ = ["BatchErrors"]


class BatchErrors(BaseModel):
    object: str | None = None
    """The object type, which is always `list`."""

    data: list[BatchError] | None = None
