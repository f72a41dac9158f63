"""RealtimeTranslationSessionAudio: Configuration for translation input and output
audio.
"""

from .._base_model import BaseModel
from .realtime_translation_session_audio_input import (
    RealtimeTranslationSessionAudioInput,
)
from .realtime_translation_session_audio_output import (
    RealtimeTranslationSessionAudioOutput,
)

__all__ = ["RealtimeTranslationSessionAudio"]


class RealtimeTranslationSessionAudio(BaseModel):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionAudioInput | None = None

    output: RealtimeTranslationSessionAudioOutput | None = None
