"""RealtimeBetaServerEventTranscriptionSessionUpdated: Returned when a transcription
session is updated with a `transcription_session.update` event, unless
there is an error.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)

__all__ = ["RealtimeBetaServerEventTranscriptionSessionUpdated"]


class RealtimeBetaServerEventTranscriptionSessionUpdated(BaseModel):
    """Returned when a transcription session is updated with a
    `transcription_session.update` event, unless
    there is an error.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["transcription_session.updated"]
    """The event type, must be `transcription_session.updated`."""

    session: RealtimeTranscriptionSessionCreateResponse
    """A new Realtime transcription session configuration.

    When a session is created on the server via REST API, the session object
    also contains an ephemeral key. Default TTL for keys is 10 minutes. This
    property is not present when a session is updated via the WebSocket API.
    """
