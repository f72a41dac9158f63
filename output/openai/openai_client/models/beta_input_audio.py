"""BetaInputAudio: An audio input to the model."""

from typing import Literal

from .._base_model import BaseModel
from .beta_input_audio_input_audio import BetaInputAudioInputAudio

__all__ = ["BetaInputAudio"]


class BetaInputAudio(BaseModel):
    """An audio input to the model."""

    type: Literal["input_audio"]
    """The type of the input item. Always `input_audio`."""

    input_audio: BetaInputAudioInputAudio
