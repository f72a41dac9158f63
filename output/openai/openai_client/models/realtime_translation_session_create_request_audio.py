"""RealtimeTranslationSessionCreateRequestAudio: Configuration for translation input and
output audio.
"""

from .._base_model import BaseModel
from .realtime_translation_session_create_request_audio_input import (
    RealtimeTranslationSessionCreateRequestAudioInput,
)
from .realtime_translation_session_create_request_audio_output import (
    RealtimeTranslationSessionCreateRequestAudioOutput,
)

__all__ = ["RealtimeTranslationSessionCreateRequestAudio"]


class RealtimeTranslationSessionCreateRequestAudio(BaseModel):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionCreateRequestAudioInput | None = None

    output: RealtimeTranslationSessionCreateRequestAudioOutput | None = None
