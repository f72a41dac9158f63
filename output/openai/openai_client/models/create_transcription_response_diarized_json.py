"""CreateTranscriptionResponseDiarizedJson: Represents a diarized transcription response
returned by the model, including the combined transcript and speaker-segment
annotations.
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .transcript_text_usage_duration import TranscriptTextUsageDuration
from .transcript_text_usage_tokens import TranscriptTextUsageTokens
from .transcription_diarized_segment import TranscriptionDiarizedSegment

__all__ = ["CreateTranscriptionResponseDiarizedJson"]


class CreateTranscriptionResponseDiarizedJson(BaseModel):
    """Represents a diarized transcription response returned by the model, including the
    combined transcript and speaker-segment annotations.
    """

    task: Literal["transcribe"]
    """The type of task that was run. Always `transcribe`."""

    duration: float
    """Duration of the input audio in seconds."""

    text: str
    """The concatenated transcript text for the entire audio input."""

    segments: list[TranscriptionDiarizedSegment]
    """Segments of the transcript annotated with timestamps and speaker labels."""

    usage: (
        Annotated[
            Annotated[
                TranscriptTextUsageTokens, pydantic.Tag("TranscriptTextUsageTokens")
            ]
            | Annotated[
                TranscriptTextUsageDuration, pydantic.Tag("TranscriptTextUsageDuration")
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "tokens": "TranscriptTextUsageTokens",
                    "duration": "TranscriptTextUsageDuration",
                },
            ),
        ]
        | None
    ) = None
    """Token or duration usage statistics for the request."""
