from .._base_model import BaseModel
from .transcription_segment import TranscriptionSegment

__all__ = ["CreateTranslationResponseVerboseJson"]


class CreateTranslationResponseVerboseJson(BaseModel):
    language: str
    """The language of the output translation (always `english`)."""

    duration: float
    """The duration of the input audio."""

    text: str
    """The translated text."""

    segments: list[TranscriptionSegment] | None = None
    """Segments of the translated text and their corresponding details."""
