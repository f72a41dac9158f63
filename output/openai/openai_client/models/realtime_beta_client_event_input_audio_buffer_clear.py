"""RealtimeBetaClientEventInputAudioBufferClear: Send this event to clear the audio
bytes in the buffer. The server will
respond with an `input_audio_buffer.cleared` event.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeBetaClientEventInputAudioBufferClear"]


class RealtimeBetaClientEventInputAudioBufferClear(BaseModel):
    """Send this event to clear the audio bytes in the buffer. The server will
    respond with an `input_audio_buffer.cleared` event.
    """

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["input_audio_buffer.clear"]
    """The event type, must be `input_audio_buffer.clear`."""
