"""RealtimeTranscriptionSessionCreateResponseGAAudio: Configuration for input audio for
the session.
"""

from .._base_model import BaseModel
from .realtime_transcription_session_create_response_ga_audio_input import (
    RealtimeTranscriptionSessionCreateResponseGAAudioInput,
)

__all__ = ["RealtimeTranscriptionSessionCreateResponseGAAudio"]


class RealtimeTranscriptionSessionCreateResponseGAAudio(BaseModel):
    """Configuration for input audio for the session."""

    input: RealtimeTranscriptionSessionCreateResponseGAAudioInput | None = None
