from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["BatchErrors"]


class BatchErrors(BaseModel):
    object: str | None = None
    """The object type, which is always `list`."""

    data: list[BatchError] | None = None


# Imported last so that models referring to each other can load in any order.
from .batch_error import BatchError  # noqa: E402
