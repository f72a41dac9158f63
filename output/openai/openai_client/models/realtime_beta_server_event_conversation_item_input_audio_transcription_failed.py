"""RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed: Returned when
input audio transcription is configured, and a transcription
request for a user message failed. These events are separate from other
`error` events so that the client can identify the related Item.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error import (
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,
)

__all__ = ["RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed"]


class RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed(BaseModel):
    """Returned when input audio transcription is configured, and a transcription
    request for a user message failed. These events are separate from other
    `error` events so that the client can identify the related Item.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.input_audio_transcription.failed"]
    """The event type, must be
    `conversation.item.input_audio_transcription.failed`.
    """

    item_id: str
    """The ID of the user message item."""

    content_index: int
    """The index of the content part containing the audio."""

    error: RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError
    """Details of the transcription error."""
