"""RealtimeAudioFormatsPCMAAudioFormat: The G.711 A-law format."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeAudioFormatsPCMAAudioFormat"]


class RealtimeAudioFormatsPCMAAudioFormat(BaseModel):
    """The G.711 A-law format."""

    type: Literal["audio/pcma"] | None = None
    """The audio format. Always `audio/pcma`."""
