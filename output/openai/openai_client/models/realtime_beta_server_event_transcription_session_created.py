"""RealtimeBetaServerEventTranscriptionSessionCreated: Returned when a transcription
session is created.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)

__all__ = ["RealtimeBetaServerEventTranscriptionSessionCreated"]


class RealtimeBetaServerEventTranscriptionSessionCreated(BaseModel):
    """Returned when a transcription session is created."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["transcription_session.created"]
    """The event type, must be `transcription_session.created`."""

    session: RealtimeTranscriptionSessionCreateResponse
    """A new Realtime transcription session configuration.

    When a session is created on the server via REST API, the session object
    also contains an ephemeral key. Default TTL for keys is 10 minutes. This
    property is not present when a session is updated via the WebSocket API.
    """
