"""RealtimeTranslationSessionUpdateRequestAudio: Configuration for translation input and
output audio.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeTranslationSessionUpdateRequestAudio"]


class RealtimeTranslationSessionUpdateRequestAudio(BaseModel):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionUpdateRequestAudioInput | None = None

    output: RealtimeTranslationSessionUpdateRequestAudioOutput | None = None


# Imported last so that models referring to each other can load in any order.
from .realtime_translation_session_update_request_audio_input import (  # noqa: E402
    RealtimeTranslationSessionUpdateRequestAudioInput,
)
from .realtime_translation_session_update_request_audio_output import (  # noqa: E402
    RealtimeTranslationSessionUpdateRequestAudioOutput,
)
