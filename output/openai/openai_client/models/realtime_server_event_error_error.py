"""RealtimeServerEventErrorError: Details of the error."""

from .._base_model import BaseModel

__all__ = ["RealtimeServerEventErrorError"]


class RealtimeServerEventErrorError(BaseModel):
    """Details of the error."""

    type: str
    """The type of error (e.g., "invalid_request_error", "server_error")."""

    code: str | None = None

    message: str
    """A human-readable error message."""

    param: str | None = None

    event_id: str | None = None
