from .._base_model import BaseModel

__all__ = ["RealtimeTranslationSessionCreateRequestAudioOutput"]


class RealtimeTranslationSessionCreateRequestAudioOutput(BaseModel):
    language: str | None = None
    """Target language for translated output audio and transcript deltas."""
