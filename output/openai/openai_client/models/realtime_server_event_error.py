"""RealtimeServerEventError: Returned when an error occurs, which could be a client
problem or a server
problem. Most errors are recoverable and the session will stay open, we
recommend to implementors to monitor and log error messages by default.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_server_event_error_error import RealtimeServerEventErrorError

__all__ = ["RealtimeServerEventError"]


class RealtimeServerEventError(BaseModel):
    """Returned when an error occurs, which could be a client problem or a server
    problem. Most errors are recoverable and the session will stay open, we
    recommend to implementors to monitor and log error messages by default.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["error"]
    """The event type, must be `error`."""

    error: RealtimeServerEventErrorError
    """Details of the error."""
