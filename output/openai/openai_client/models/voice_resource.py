"""VoiceResource: A custom voice that can be used for audio output."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["VoiceResource"]


class VoiceResource(BaseModel):
    """A custom voice that can be used for audio output."""

    object: Literal["audio.voice"]
    """The object type, which is always `audio.voice`."""

    id: str
    """The voice identifier, which can be referenced in API endpoints."""

    name: str
    """The name of the voice."""

    created_at: int
    """The Unix timestamp (in seconds) for when the voice was created."""
