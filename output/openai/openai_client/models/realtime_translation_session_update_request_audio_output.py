from .._base_model import BaseModel

__all__ = ["RealtimeTranslationSessionUpdateRequestAudioOutput"]


class RealtimeTranslationSessionUpdateRequestAudioOutput(BaseModel):
    language: str | None = None
    """Target language for translated output audio and transcript deltas."""
