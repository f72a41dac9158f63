"""BetaInputAudio: An audio input to the model."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaInputAudio"]


class BetaInputAudio(BaseModel):
    """An audio input to the model."""

    type: Literal["input_audio"]
    """The type of the input item. Always `input_audio`."""

    input_audio: BetaInputAudioInputAudio


# Imported last so that models referring to each other can load in any order.
from .beta_input_audio_input_audio import BetaInputAudioInputAudio  # noqa: E402
