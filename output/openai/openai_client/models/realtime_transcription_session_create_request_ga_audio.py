"""RealtimeTranscriptionSessionCreateRequestGAAudio: Configuration for input and output
audio.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeTranscriptionSessionCreateRequestGAAudio"]


class RealtimeTranscriptionSessionCreateRequestGAAudio(BaseModel):
    """Configuration for input and output audio."""

    input: RealtimeTranscriptionSessionCreateRequestGAAudioInput | None = None


# Imported last so that models referring to each other can load in any order.
from .realtime_transcription_session_create_request_ga_audio_input import (  # noqa: E402
    RealtimeTranscriptionSessionCreateRequestGAAudioInput,
)
