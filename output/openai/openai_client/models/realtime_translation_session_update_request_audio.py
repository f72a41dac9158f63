"""RealtimeTranslationSessionUpdateRequestAudio: Configuration for translation input and
output audio.
"""

from .._base_model import BaseModel
from .realtime_translation_session_update_request_audio_input import (
    RealtimeTranslationSessionUpdateRequestAudioInput,
)
from .realtime_translation_session_update_request_audio_output import (
    RealtimeTranslationSessionUpdateRequestAudioOutput,
)

__all__ = ["RealtimeTranslationSessionUpdateRequestAudio"]


class RealtimeTranslationSessionUpdateRequestAudio(BaseModel):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionUpdateRequestAudioInput | None = None

    output: RealtimeTranslationSessionUpdateRequestAudioOutput | None = None
