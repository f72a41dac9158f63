"""RealtimeTranscriptionSessionCreateRequestGA: Realtime transcription session object
configuration.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_transcription_session_create_request_ga_audio import (
    RealtimeTranscriptionSessionCreateRequestGAAudio,
)

__all__ = ["RealtimeTranscriptionSessionCreateRequestGA"]


class RealtimeTranscriptionSessionCreateRequestGA(BaseModel):
    """Realtime transcription session object configuration."""

    type: Literal["transcription"]
    """The type of session to create. Always `transcription` for transcription sessions."""

    audio: RealtimeTranscriptionSessionCreateRequestGAAudio | None = None
    """Configuration for input and output audio."""

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = None
    """Additional fields to include in server outputs.

    `item.input_audio_transcription.logprobs`: Include logprobs for input audio
    transcription.
    """
