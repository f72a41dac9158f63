"""RealtimeResponseCreateParamsAudio: Configuration for audio input and output."""

from .._base_model import BaseModel
from .realtime_response_create_params_audio_output import (
    RealtimeResponseCreateParamsAudioOutput,
)

__all__ = ["RealtimeResponseCreateParamsAudio"]


class RealtimeResponseCreateParamsAudio(BaseModel):
    """Configuration for audio input and output."""

    output: RealtimeResponseCreateParamsAudioOutput | None = None
