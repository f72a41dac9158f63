from typing import Literal

from .._base_model import BaseModel

__all__ = ["InputAudioInputAudio"]


class InputAudioInputAudio(BaseModel):
    data: str
    """Base64-encoded audio data."""

    format: Literal["mp3", "wav"] | str
    """The format of the audio data. Currently supported formats are `mp3` and
    `wav`.
    """
