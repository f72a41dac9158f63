"""RealtimeServerEventOutputAudioBufferCleared: **WebRTC/SIP Only:** Emitted when the
output audio buffer is cleared. This happens either in VAD
mode when the user has interrupted (`input_audio_buffer.speech_started`),
or when the client has emitted the `output_audio_buffer.clear` event to manually
cut off the current audio response.
[Learn
more](https://api.openai.com/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeServerEventOutputAudioBufferCleared"]


class RealtimeServerEventOutputAudioBufferCleared(BaseModel):
    """**WebRTC/SIP Only:** Emitted when the output audio buffer is cleared. This
    happens either in VAD
    mode when the user has interrupted (`input_audio_buffer.speech_started`),
    or when the client has emitted the `output_audio_buffer.clear` event to manually
    cut off the current audio response.
    [Learn
    more](https://api.openai.com/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["output_audio_buffer.cleared"]
    """The event type, must be `output_audio_buffer.cleared`."""

    response_id: str
    """The unique ID of the response that produced the audio."""
