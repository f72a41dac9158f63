"""RealtimeTranscriptionSessionCreateResponseGAAudio: Configuration for input audio for
the session.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeTranscriptionSessionCreateResponseGAAudio"]


class RealtimeTranscriptionSessionCreateResponseGAAudio(BaseModel):
    """Configuration for input audio for the session."""

    input: RealtimeTranscriptionSessionCreateResponseGAAudioInput | None = None


# Imported last so that models referring to each other can load in any order.
from .realtime_transcription_session_create_response_ga_audio_input import (  # noqa: E402
    RealtimeTranscriptionSessionCreateResponseGAAudioInput,
)
