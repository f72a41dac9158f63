"""ResponsesServerEventResponseAudioWsDone: Emitted when the audio response is complete."""

from .response_audio_done_event import ResponseAudioDoneEvent

__all__ = ["ResponsesServerEventResponseAudioWsDone"]


class ResponsesServerEventResponseAudioWsDone(ResponseAudioDoneEvent):
    """Emitted when the audio response is complete."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
