"""SpeechAudioDeltaEvent: Emitted for each chunk of audio data generated during speech
synthesis.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["SpeechAudioDeltaEvent"]


class SpeechAudioDeltaEvent(BaseModel):
    """Emitted for each chunk of audio data generated during speech synthesis."""

    type: Literal["speech.audio.delta"]
    """The type of the event. Always `speech.audio.delta`."""

    audio: str
    """A chunk of Base64-encoded audio data."""
