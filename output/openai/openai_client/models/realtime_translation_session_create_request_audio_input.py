from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeTranslationSessionCreateRequestAudioInput"]


class RealtimeTranslationSessionCreateRequestAudioInput(BaseModel):
    transcription: (
        RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1 | None
    ) = None

    noise_reduction: (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1 | None
    ) = None


# Imported last so that models referring to each other can load in any order.
from .realtime_translation_session_create_request_audio_input_noise_reduction_variant1 import (  # noqa: E402
    RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionVariant1,
)
from .realtime_translation_session_create_request_audio_input_transcription_variant1 import (  # noqa: E402
    RealtimeTranslationSessionCreateRequestAudioInputTranscriptionVariant1,
)
