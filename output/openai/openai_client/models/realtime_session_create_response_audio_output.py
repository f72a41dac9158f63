from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RealtimeSessionCreateResponseAudioOutput"]


class RealtimeSessionCreateResponseAudioOutput(BaseModel):
    format: RealtimeAudioFormats | None = None

    voice: VoiceIdsShared | None = None

    speed: float | None = None


# Imported last so that models referring to each other can load in any order.
from .realtime_audio_formats import RealtimeAudioFormats  # noqa: E402
from .voice_ids_shared import VoiceIdsShared  # noqa: E402
