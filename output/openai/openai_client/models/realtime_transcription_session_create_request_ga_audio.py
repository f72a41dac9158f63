"""RealtimeTranscriptionSessionCreateRequestGAAudio: Configuration for input and output
audio.
"""

from .._base_model import BaseModel
from .realtime_transcription_session_create_request_ga_audio_input import (
    RealtimeTranscriptionSessionCreateRequestGAAudioInput,
)

__all__ = ["RealtimeTranscriptionSessionCreateRequestGAAudio"]


class RealtimeTranscriptionSessionCreateRequestGAAudio(BaseModel):
    """Configuration for input and output audio."""

    input: RealtimeTranscriptionSessionCreateRequestGAAudioInput | None = None
