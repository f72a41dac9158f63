"""RealtimeServerEventResponseAudioTranscriptDelta: Returned when the model-generated
transcription of audio output is updated.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeServerEventResponseAudioTranscriptDelta"]


class RealtimeServerEventResponseAudioTranscriptDelta(BaseModel):
    """Returned when the model-generated transcription of audio output is updated."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.output_audio_transcript.delta"]
    """The event type, must be `response.output_audio_transcript.delta`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the item."""

    output_index: int
    """The index of the output item in the response."""

    content_index: int
    """The index of the content part in the item's content array."""

    delta: str
    """The transcript delta."""
