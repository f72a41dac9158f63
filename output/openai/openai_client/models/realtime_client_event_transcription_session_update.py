"""RealtimeClientEventTranscriptionSessionUpdate: Send this event to update a
transcription session.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_transcription_session_create_request import (
    RealtimeTranscriptionSessionCreateRequest,
)

__all__ = ["RealtimeClientEventTranscriptionSessionUpdate"]


class RealtimeClientEventTranscriptionSessionUpdate(BaseModel):
    """Send this event to update a transcription session."""

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["transcription_session.update"]
    """The event type, must be `transcription_session.update`."""

    session: RealtimeTranscriptionSessionCreateRequest
    """Realtime transcription session object configuration."""
