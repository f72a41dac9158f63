"""RealtimeAudioFormatsPCMAudioFormat: The PCM audio format. Only a 24kHz sample rate is
supported.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeAudioFormatsPCMAudioFormat"]


class RealtimeAudioFormatsPCMAudioFormat(BaseModel):
    """The PCM audio format. Only a 24kHz sample rate is supported."""

    type: Literal["audio/pcm"] | None = None
    """The audio format. Always `audio/pcm`."""

    rate: Literal[24000] | None = None
    """The sample rate of the audio. Always `24000`."""
