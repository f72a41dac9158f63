from .._base_model import BaseModel

__all__ = ["BatchError"]


class BatchError(BaseModel):
    code: str | None = None
    """An error code identifying the error type."""

    message: str | None = None
    """A human-readable message providing more details about the error."""

    param: str | None = None

    line: int | None = None
