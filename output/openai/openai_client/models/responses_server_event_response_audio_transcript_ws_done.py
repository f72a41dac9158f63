"""ResponsesServerEventResponseAudioTranscriptWsDone: Emitted when the full audio
transcript is completed.
"""

from .response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent

__all__ = ["ResponsesServerEventResponseAudioTranscriptWsDone"]


class ResponsesServerEventResponseAudioTranscriptWsDone(
    ResponseAudioTranscriptDoneEvent
):
    """Emitted when the full audio transcript is completed."""

    stream_id: str | None = None
    """The WebSocket lane that emitted this event. This field is present
    when the originating `response.create` event supplied a
    `stream_id`.
    """
