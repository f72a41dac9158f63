"""RealtimeTranslationServerEventSessionClosed: Returned when a realtime translation
session is closed.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeTranslationServerEventSessionClosed"]


class RealtimeTranslationServerEventSessionClosed(BaseModel):
    """Returned when a realtime translation session is closed."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.closed"]
    """The event type, must be `session.closed`."""
