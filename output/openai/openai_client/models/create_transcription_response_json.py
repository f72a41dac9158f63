"""CreateTranscriptionResponseJson: Represents a transcription response returned by
model, based on the provided input.
"""

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .create_transcription_response_json_logprobs_item import (
    CreateTranscriptionResponseJsonLogprobsItem,
)
from .transcript_text_usage_duration import TranscriptTextUsageDuration
from .transcript_text_usage_tokens import TranscriptTextUsageTokens
from .transcription_language import TranscriptionLanguage

__all__ = ["CreateTranscriptionResponseJson"]


class CreateTranscriptionResponseJson(BaseModel):
    """Represents a transcription response returned by model, based on the provided
    input.
    """

    text: str
    """The transcribed text."""

    languages: list[TranscriptionLanguage] | None = None
    """The languages detected in the audio. Returned by `gpt-transcribe`. An empty array
    indicates that no language could be reliably detected.
    """

    logprobs: list[CreateTranscriptionResponseJsonLogprobsItem] | None = None
    """The log probabilities of the tokens in the transcription. Only returned with the
    models `gpt-4o-transcribe` and `gpt-4o-mini-transcribe` if `logprobs` is added to
    the `include` array.
    """

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
    """Token usage statistics for the request."""
