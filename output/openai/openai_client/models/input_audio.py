"""InputAudio: An audio input to the model."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["InputAudio"]


class InputAudio(BaseModel):
    """An audio input to the model."""

    type: Literal["input_audio"]
    """The type of the input item. Always `input_audio`."""

    input_audio: InputAudioInputAudio


# Imported last so that models referring to each other can load in any order.
from .input_audio_input_audio import InputAudioInputAudio  # noqa: E402
