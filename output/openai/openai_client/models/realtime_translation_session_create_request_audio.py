"""RealtimeTranslationSessionCreateRequestAudio: Configuration for translation input and
output audio.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeTranslationSessionCreateRequestAudio"]


class RealtimeTranslationSessionCreateRequestAudio(BaseModel):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionCreateRequestAudioInput | None = None

    output: RealtimeTranslationSessionCreateRequestAudioOutput | None = None


# Imported last so that models referring to each other can load in any order.
from .realtime_translation_session_create_request_audio_input import (  # noqa: E402
    RealtimeTranslationSessionCreateRequestAudioInput,
)
from .realtime_translation_session_create_request_audio_output import (  # noqa: E402
    RealtimeTranslationSessionCreateRequestAudioOutput,
)
