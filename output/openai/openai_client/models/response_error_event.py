"""ResponseErrorEvent: Emitted when an error occurs."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseErrorEvent"]


class ResponseErrorEvent(BaseModel):
    """Emitted when an error occurs."""

    type: Literal["error"]
    """The type of the event. Always `error`."""

    code: str | None

    message: str
    """The error message."""

    param: str | None

    sequence_number: int
    """The sequence number of this event."""
