"""ResponsesServerEventResponseAudioTranscriptWsDelta: Emitted when there is a partial
transcript of audio.
"""

from .response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent

__all__ = ["ResponsesServerEventResponseAudioTranscriptWsDelta"]


class ResponsesServerEventResponseAudioTranscriptWsDelta(
    ResponseAudioTranscriptDeltaEvent
):
    """Emitted when there is a partial transcript of audio."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
