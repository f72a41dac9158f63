"""RealtimeServerEventOutputAudioBufferStopped: **WebRTC/SIP Only:** Emitted when the
output audio buffer has been completely drained on the server,
and no more audio is forthcoming. This event is emitted after the full response
data has been sent to the client (`response.done`).
[Learn
more](https://api.openai.com/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeServerEventOutputAudioBufferStopped"]


class RealtimeServerEventOutputAudioBufferStopped(BaseModel):
    """**WebRTC/SIP Only:** Emitted when the output audio buffer has been completely
    drained on the server,
    and no more audio is forthcoming. This event is emitted after the full response
    data has been sent to the client (`response.done`).
    [Learn
    more](https://api.openai.com/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["output_audio_buffer.stopped"]
    """The event type, must be `output_audio_buffer.stopped`."""

    response_id: str
    """The unique ID of the response that produced the audio."""
