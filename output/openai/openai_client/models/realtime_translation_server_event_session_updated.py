"""RealtimeTranslationServerEventSessionUpdated: Returned when a translation session is
updated with a `session.update` event,
unless there is an error.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_translation_session import RealtimeTranslationSession

__all__ = ["RealtimeTranslationServerEventSessionUpdated"]


class RealtimeTranslationServerEventSessionUpdated(BaseModel):
    """Returned when a translation session is updated with a `session.update` event,
    unless there is an error.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.updated"]
    """The event type, must be `session.updated`."""

    session: RealtimeTranslationSession
    """The translation session configuration."""
