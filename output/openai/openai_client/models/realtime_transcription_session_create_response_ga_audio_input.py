from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeTranscriptionSessionCreateResponseGAAudioInput"]


class RealtimeTranscriptionSessionCreateResponseGAAudioInput(BaseModel):
    format: RealtimeAudioFormats | None = None

    transcription: AudioTranscriptionResponse | None = None
    """Configuration of the transcription model."""

    noise_reduction: (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction | None
    ) = None
    """Configuration for input audio noise reduction."""

    turn_detection: (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionVariant1
        | None
    ) = None
    """Configuration for turn detection. For `gpt-realtime-whisper`, this must be
    `null`; VAD is not supported.
    """


# Imported last so that models referring to each other can load in any order.
from .audio_transcription_response import AudioTranscriptionResponse  # noqa: E402
from .realtime_audio_formats import RealtimeAudioFormats  # noqa: E402
from .realtime_transcription_session_create_response_ga_audio_input_noise_reduction import (  # noqa: E402
    RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction,
)
from .realtime_transcription_session_create_response_ga_audio_input_turn_detection_variant1 import (  # noqa: E402
    RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionVariant1,
)
