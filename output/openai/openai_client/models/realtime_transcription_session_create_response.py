"""RealtimeTranscriptionSessionCreateResponse: A new Realtime transcription session
configuration.

When a session is created on the server via REST API, the session object
also contains an ephemeral key. Default TTL for keys is 10 minutes. This
property is not present when a session is updated via the WebSocket API.
"""

from typing import Literal

from .._base_model import BaseModel
from .audio_transcription_response import AudioTranscriptionResponse
from .realtime_transcription_session_create_response_client_secret import (
    RealtimeTranscriptionSessionCreateResponseClientSecret,
)
from .realtime_transcription_session_create_response_turn_detection import (
    RealtimeTranscriptionSessionCreateResponseTurnDetection,
)

__all__ = ["RealtimeTranscriptionSessionCreateResponse"]


class RealtimeTranscriptionSessionCreateResponse(BaseModel):
    """A new Realtime transcription session configuration.

    When a session is created on the server via REST API, the session object
    also contains an ephemeral key. Default TTL for keys is 10 minutes. This
    property is not present when a session is updated via the WebSocket API.
    """

    client_secret: RealtimeTranscriptionSessionCreateResponseClientSecret
    """Ephemeral key returned by the API. Only present when the session is
    created on the server via REST API.
    """

    modalities: list[Literal["text", "audio"] | str] | None = None
    """The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """

    input_audio_format: str | None = None
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    input_audio_transcription: AudioTranscriptionResponse | None = None
    """Configuration of the transcription model."""

    turn_detection: RealtimeTranscriptionSessionCreateResponseTurnDetection | None = (
        None
    )
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """
