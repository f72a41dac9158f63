"""RealtimeServerEventResponseAudioTranscriptDone: Returned when the model-generated
transcription of audio output is done
streaming. Also emitted when a Response is interrupted, incomplete, or
cancelled.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeServerEventResponseAudioTranscriptDone"]


class RealtimeServerEventResponseAudioTranscriptDone(BaseModel):
    """Returned when the model-generated transcription of audio output is done
    streaming. Also emitted when a Response is interrupted, incomplete, or
    cancelled.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.output_audio_transcript.done"]
    """The event type, must be `response.output_audio_transcript.done`."""

    response_id: str
    """The ID of the response."""

    item_id: str
    """The ID of the item."""

    output_index: int
    """The index of the output item in the response."""

    content_index: int
    """The index of the content part in the item's content array."""

    transcript: str
    """The final transcript of the audio."""
