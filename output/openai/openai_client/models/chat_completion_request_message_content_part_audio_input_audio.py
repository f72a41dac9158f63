from typing import Literal

from .._base_model import BaseModel

__all__ = ["ChatCompletionRequestMessageContentPartAudioInputAudio"]


class ChatCompletionRequestMessageContentPartAudioInputAudio(BaseModel):
    data: str
    """Base64 encoded audio data."""

    format: Literal["wav", "mp3"] | str
    """The format of the encoded audio data. Currently supports "wav" and "mp3"."""
