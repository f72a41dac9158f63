"""RealtimeTranslationServerEventSessionCreated: Returned when a translation session is
created. Emitted automatically when a
new connection is established as the first server event. This event contains
the default translation session configuration.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_translation_session import RealtimeTranslationSession

__all__ = ["RealtimeTranslationServerEventSessionCreated"]


class RealtimeTranslationServerEventSessionCreated(BaseModel):
    """Returned when a translation session is created. Emitted automatically when a
    new connection is established as the first server event. This event contains
    the default translation session configuration.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["session.created"]
    """The event type, must be `session.created`."""

    session: RealtimeTranslationSession
    """The translation session configuration."""
