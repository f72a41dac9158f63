"""ResponsesServerEventResponseAudioWsDelta: Emitted when there is a partial audio
response.
"""

from .response_audio_delta_event import ResponseAudioDeltaEvent

__all__ = ["ResponsesServerEventResponseAudioWsDelta"]


class ResponsesServerEventResponseAudioWsDelta(ResponseAudioDeltaEvent):
    """Emitted when there is a partial audio response."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
