"""RealtimeTranslationSessionAudio: Configuration for translation input and output
audio.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeTranslationSessionAudio"]


class RealtimeTranslationSessionAudio(BaseModel):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionAudioInput | None = None

    output: RealtimeTranslationSessionAudioOutput | None = None


# Imported last so that models referring to each other can load in any order.
from .realtime_translation_session_audio_input import (  # noqa: E402
    RealtimeTranslationSessionAudioInput,
)
from .realtime_translation_session_audio_output import (  # noqa: E402
    RealtimeTranslationSessionAudioOutput,
)
