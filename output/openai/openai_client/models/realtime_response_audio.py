"""RealtimeResponseAudio: Configuration for audio output."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeResponseAudio"]


class RealtimeResponseAudio(BaseModel):
    """Configuration for audio output."""

    output: RealtimeResponseAudioOutput | None = None


# Imported last so that models referring to each other can load in any order.
from .realtime_response_audio_output import RealtimeResponseAudioOutput  # noqa: E402
