"""RealtimeSessionCreateResponseAudioInputTurnDetection: Configuration for turn
detection.
"""

from .._base_model import BaseModel

__all__ = ["RealtimeSessionCreateResponseAudioInputTurnDetection"]


class RealtimeSessionCreateResponseAudioInputTurnDetection(BaseModel):
    """Configuration for turn detection."""

    type: str | None = None
    """Type of turn detection, only `server_vad` is currently supported."""

    threshold: float | None = None

    prefix_padding_ms: int | None = None

    silence_duration_ms: int | None = None
