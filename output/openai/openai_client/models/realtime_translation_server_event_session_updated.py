"""RealtimeTranslationServerEventSessionUpdated: Returned when a translation session is
updated with a `session.update` event,
unless there is an error.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .realtime_translation_session import RealtimeTranslationSession  # noqa: E402
