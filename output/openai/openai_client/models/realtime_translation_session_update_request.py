"""RealtimeTranslationSessionUpdateRequest: Realtime translation session fields that can
be updated with `session.update`.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeTranslationSessionUpdateRequest"]


class RealtimeTranslationSessionUpdateRequest(BaseModel):
    """Realtime translation session fields that can be updated with `session.update`."""

    audio: RealtimeTranslationSessionUpdateRequestAudio | None = None
    """Configuration for translation input and output audio."""


# Imported last so that models referring to each other can load in any order.
from .realtime_translation_session_update_request_audio import (  # noqa: E402
    RealtimeTranslationSessionUpdateRequestAudio,
)
