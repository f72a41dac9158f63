"""RealtimeServerEventConversationItemInputAudioTranscriptionDelta: Returned when the
text value of an input audio transcription content part is updated with incremental
transcription results.
"""

from typing import Literal

from .._base_model import BaseModel
from .log_prob_properties import LogProbProperties

__all__ = ["RealtimeServerEventConversationItemInputAudioTranscriptionDelta"]


class RealtimeServerEventConversationItemInputAudioTranscriptionDelta(BaseModel):
    """Returned when the text value of an input audio transcription content part is
    updated with incremental transcription results.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.input_audio_transcription.delta"]
    """The event type, must be `conversation.item.input_audio_transcription.delta`."""

    item_id: str
    """The ID of the item containing the audio that is being transcribed."""

    content_index: int | None = None
    """The index of the content part in the item's content array."""

    delta: str | None = None
    """The text delta."""

    logprobs: list[LogProbProperties] | None = None
