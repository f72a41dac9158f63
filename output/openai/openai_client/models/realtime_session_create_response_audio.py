"""RealtimeSessionCreateResponseAudio: Configuration for input and output audio for the
session.
"""

from .._base_model import BaseModel
from .realtime_session_create_response_audio_input import (
    RealtimeSessionCreateResponseAudioInput,
)
from .realtime_session_create_response_audio_output import (
    RealtimeSessionCreateResponseAudioOutput,
)

__all__ = ["RealtimeSessionCreateResponseAudio"]


class RealtimeSessionCreateResponseAudio(BaseModel):
    """Configuration for input and output audio for the session."""

    input: RealtimeSessionCreateResponseAudioInput | None = None

    output: RealtimeSessionCreateResponseAudioOutput | None = None
