"""RealtimeResponseCreateParamsAudio: Configuration for audio input and output."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeResponseCreateParamsAudio"]


class RealtimeResponseCreateParamsAudio(BaseModel):
    """Configuration for audio input and output."""

    output: RealtimeResponseCreateParamsAudioOutput | None = None


# Imported last so that models referring to each other can load in any order.
from .realtime_response_create_params_audio_output import (  # noqa: E402
    RealtimeResponseCreateParamsAudioOutput,
)
