"""RealtimeTranslationSessionUpdateRequest: Realtime translation session fields that can
be updated with `session.update`.
"""

from .._base_model import BaseModel
from .realtime_translation_session_update_request_audio import (
    RealtimeTranslationSessionUpdateRequestAudio,
)

__all__ = ["RealtimeTranslationSessionUpdateRequest"]


class RealtimeTranslationSessionUpdateRequest(BaseModel):
    """Realtime translation session fields that can be updated with `session.update`."""

    audio: RealtimeTranslationSessionUpdateRequestAudio | None = None
    """Configuration for translation input and output audio."""
