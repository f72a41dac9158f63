"""RealtimeResponseAudio: Configuration for audio output."""

from .._base_model import BaseModel
from .realtime_response_audio_output import RealtimeResponseAudioOutput

__all__ = ["RealtimeResponseAudio"]


class RealtimeResponseAudio(BaseModel):
    """Configuration for audio output."""

    output: RealtimeResponseAudioOutput | None = None
