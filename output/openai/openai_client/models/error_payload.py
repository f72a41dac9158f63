"""ErrorPayload: An error payload that was emitted for a streaming error event."""

from .._base_model import BaseModel

__all__ = ["ErrorPayload"]


class ErrorPayload(BaseModel):
    """An error payload that was emitted for a streaming error event."""

    type: str
    """The error type that was emitted."""

    code: str | None

    message: str
    """The human-readable error message that was emitted."""

    param: str | None

    headers: dict[str, str] | None = None
    """The response headers that were emitted with the error, if any."""
