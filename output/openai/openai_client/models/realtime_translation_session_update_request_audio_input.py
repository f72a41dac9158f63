from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeTranslationSessionUpdateRequestAudioInput"]


class RealtimeTranslationSessionUpdateRequestAudioInput(BaseModel):
    transcription: (
        RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1 | None
    ) = None

    noise_reduction: (
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1 | None
    ) = None


# Imported last so that models referring to each other can load in any order.
from .realtime_translation_session_update_request_audio_input_noise_reduction_variant1 import (  # noqa: E402
    RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionVariant1,
)
from .realtime_translation_session_update_request_audio_input_transcription_variant1 import (  # noqa: E402
    RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionVariant1,
)
