from .._base_model import BaseModel
from .realtime_audio_formats import RealtimeAudioFormats
from .voice_ids_or_custom_voice import VoiceIdsOrCustomVoice

__all__ = ["RealtimeResponseCreateParamsAudioOutput"]


class RealtimeResponseCreateParamsAudioOutput(BaseModel):
    format: RealtimeAudioFormats | None = None
    """The format of the output audio."""

    voice: VoiceIdsOrCustomVoice | None = None
    """The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    `marin`, and `cedar`. You may also provide a custom voice object with
    an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed
    during the session once the model has responded with audio at least once.
    We recommend `marin` and `cedar` for best quality.
    """
