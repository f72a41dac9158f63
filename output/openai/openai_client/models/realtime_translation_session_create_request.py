"""RealtimeTranslationSessionCreateRequest: Realtime translation session configuration.
Translation sessions stream source
audio in and translated audio plus transcript deltas out continuously.
"""

from .._base_model import BaseModel
from .realtime_translation_session_create_request_audio import (
    RealtimeTranslationSessionCreateRequestAudio,
)

__all__ = ["RealtimeTranslationSessionCreateRequest"]


class RealtimeTranslationSessionCreateRequest(BaseModel):
    """Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously.
    """

    model: str
    """The Realtime translation model used for this session."""

    audio: RealtimeTranslationSessionCreateRequestAudio | None = None
    """Configuration for translation input and output audio."""
