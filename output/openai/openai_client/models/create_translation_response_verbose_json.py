from __future__ import annotations

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .transcription_segment import TranscriptionSegment  # noqa: E402
