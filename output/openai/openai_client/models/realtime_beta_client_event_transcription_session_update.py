"""RealtimeBetaClientEventTranscriptionSessionUpdate: Send this event to update a
transcription session.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeBetaClientEventTranscriptionSessionUpdate"]


class RealtimeBetaClientEventTranscriptionSessionUpdate(BaseModel):
    """Send this event to update a transcription session."""

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["transcription_session.update"]
    """The event type, must be `transcription_session.update`."""

    session: RealtimeTranscriptionSessionCreateRequest
    """Realtime transcription session object configuration."""


# Imported last so that models referring to each other can load in any order.
from .realtime_transcription_session_create_request import (  # noqa: E402
    RealtimeTranscriptionSessionCreateRequest,
)
