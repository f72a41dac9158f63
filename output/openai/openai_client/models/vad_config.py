from typing import Literal

from .._base_model import BaseModel

__all__ = ["VadConfig"]


class VadConfig(BaseModel):
    type: Literal["server_vad"]
    """Must be set to `server_vad` to enable manual chunking using server side VAD."""

    prefix_padding_ms: int | None = None
    """Amount of audio to include before the VAD detected speech (in
    milliseconds).
    """

    silence_duration_ms: int | None = None
    """Duration of silence to detect speech stop (in milliseconds).
    With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
    """

    threshold: float | None = None
    """Sensitivity threshold (0.0 to 1.0) for voice activity detection. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
    """
