from typing import Literal

from .._base_model import BaseModel

__all__ = ["VoiceConsentDeletedResource"]


class VoiceConsentDeletedResource(BaseModel):
    id: str
    """The consent recording identifier."""

    object: Literal["audio.voice_consent"]

    deleted: bool
