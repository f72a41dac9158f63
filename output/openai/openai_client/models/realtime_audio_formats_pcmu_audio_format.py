"""RealtimeAudioFormatsPCMUAudioFormat: The G.711 μ-law format."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeAudioFormatsPCMUAudioFormat"]


class RealtimeAudioFormatsPCMUAudioFormat(BaseModel):
    """The G.711 μ-law format."""

    type: Literal["audio/pcmu"] | None = None
    """The audio format. Always `audio/pcmu`."""
