"""OutputAudio: An audio output from the model."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["OutputAudio"]


class OutputAudio(BaseModel):
    """An audio output from the model."""

    type: Literal["output_audio"]
    """The type of the output audio. Always `output_audio`."""

    data: str
    """Base64-encoded audio data from the model."""

    transcript: str
    """The transcript of the audio data from the model."""
