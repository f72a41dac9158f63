"""CreateTranscriptionResponseVerboseJson: Represents a verbose json transcription
response returned by model, based on the provided input.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["CreateTranscriptionResponseVerboseJson"]


class CreateTranscriptionResponseVerboseJson(BaseModel):
    """Represents a verbose json transcription response returned by model, based on the
    provided input.
    """

    language: str
    """The language of the input audio."""

    duration: float
    """The duration of the input audio."""

    text: str
    """The transcribed text."""

    words: list[TranscriptionWord] | None = None
    """Extracted words and their corresponding timestamps."""

    segments: list[TranscriptionSegment] | None = None
    """Segments of the transcribed text and their corresponding details."""

    usage: TranscriptTextUsageDuration | None = None
    """Usage statistics for models billed by audio input duration."""


# Imported last so that models referring to each other can load in any order.
from .transcript_text_usage_duration import TranscriptTextUsageDuration  # noqa: E402
from .transcription_segment import TranscriptionSegment  # noqa: E402
from .transcription_word import TranscriptionWord  # noqa: E402
