"""RealtimeBetaServerEventSessionCreated: Returned when a Session is created. Emitted
automatically when a new
connection is established as the first server event. This event will contain
the default Session configuration.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_session import RealtimeSession

__all__ = ["RealtimeBetaServerEventSessionCreated"]


class RealtimeBetaServerEventSessionCreated(BaseModel):
    """Returned when a Session is created. Emitted automatically when a new
    connection is established as the first server event. This event will contain
    the default Session configuration.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.created"]
    """The event type, must be `session.created`."""

    session: RealtimeSession
    """Realtime session object for the beta interface."""
