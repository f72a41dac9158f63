"""RealtimeBetaServerEventSessionUpdated: Returned when a session is updated with a
`session.update` event, unless
there is an error.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_session import RealtimeSession

__all__ = ["RealtimeBetaServerEventSessionUpdated"]


class RealtimeBetaServerEventSessionUpdated(BaseModel):
    """Returned when a session is updated with a `session.update` event, unless
    there is an error.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.updated"]
    """The event type, must be `session.updated`."""

    session: RealtimeSession
    """Realtime session object for the beta interface."""
