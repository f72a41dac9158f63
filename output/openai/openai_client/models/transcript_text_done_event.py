"""TranscriptTextDoneEvent: Emitted when the transcription is complete. Contains the
complete transcription text. Only emitted when you [create a
transcription](https://api.openai.com/docs/api-reference/audio/create-transcription)
with the `Stream` parameter set to `true`.
"""

from typing import Literal

from .._base_model import BaseModel
from .transcript_text_done_event_logprobs_item import (
    TranscriptTextDoneEventLogprobsItem,
)
from .transcript_text_usage_tokens import TranscriptTextUsageTokens
from .transcription_language import TranscriptionLanguage

__all__ = ["TranscriptTextDoneEvent"]


class TranscriptTextDoneEvent(BaseModel):
    """Emitted when the transcription is complete. Contains the complete transcription
    text. Only emitted when you [create a
    transcription](https://api.openai.com/docs/api-reference/audio/create-transcription)
    with the `Stream` parameter set to `true`.
    """

    type: Literal["transcript.text.done"]
    """The type of the event. Always `transcript.text.done`."""

    text: str
    """The text that was transcribed."""

    languages: list[TranscriptionLanguage] | None = None
    """The languages detected in the audio. Returned by `gpt-transcribe`. An empty array
    indicates that no language could be reliably detected.
    """

    logprobs: list[TranscriptTextDoneEventLogprobsItem] | None = None
    """The log probabilities of the individual tokens in the transcription. Only
    included if you [create a
    transcription](https://api.openai.com/docs/api-reference/audio/create-transcription)
    with the `include[]` parameter set to `logprobs`.
    """

    usage: TranscriptTextUsageTokens | None = None
    """Usage statistics for models billed by token usage."""
