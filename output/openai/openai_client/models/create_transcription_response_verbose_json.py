"""CreateTranscriptionResponseVerboseJson: Represents a verbose json transcription
response returned by model, based on the provided input.
"""

from .._base_model import BaseModel
from .transcript_text_usage_duration import TranscriptTextUsageDuration
from .transcription_segment import TranscriptionSegment
from .transcription_word import TranscriptionWord

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
