from .._base_model import BaseModel
from .realtime_audio_formats import RealtimeAudioFormats
from .voice_ids_shared import VoiceIdsShared

__all__ = ["RealtimeSessionCreateResponseAudioOutput"]


class RealtimeSessionCreateResponseAudioOutput(BaseModel):
    format: RealtimeAudioFormats | None = None

    voice: VoiceIdsShared | None = None

    speed: float | None = None
