from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeSessionCreateResponseAudioInput"]


class RealtimeSessionCreateResponseAudioInput(BaseModel):
    format: RealtimeAudioFormats | None = None

    transcription: AudioTranscriptionResponse | None = None
    """Configuration for input audio transcription."""

    noise_reduction: RealtimeSessionCreateResponseAudioInputNoiseReduction | None = None
    """Configuration for input audio noise reduction."""

    turn_detection: RealtimeSessionCreateResponseAudioInputTurnDetection | None = None
    """Configuration for turn detection."""


# Imported last so that models referring to each other can load in any order.
from .audio_transcription_response import AudioTranscriptionResponse  # noqa: E402
from .realtime_audio_formats import RealtimeAudioFormats  # noqa: E402
from .realtime_session_create_response_audio_input_noise_reduction import (  # noqa: E402
    RealtimeSessionCreateResponseAudioInputNoiseReduction,
)
from .realtime_session_create_response_audio_input_turn_detection import (  # noqa: E402
    RealtimeSessionCreateResponseAudioInputTurnDetection,
)
