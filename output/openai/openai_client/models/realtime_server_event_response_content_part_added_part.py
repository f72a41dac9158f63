"""RealtimeServerEventResponseContentPartAddedPart: The content part that was added."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeServerEventResponseContentPartAddedPart"]


class RealtimeServerEventResponseContentPartAddedPart(BaseModel):
    """The content part that was added."""

    type: Literal["audio", "text"] | str | None = None
    """The content type ("text", "audio")."""

    text: str | None = None
    """The text content (if type is "text")."""

    audio: str | None = None
    """Base64-encoded audio data (if type is "audio")."""

    transcript: str | None = None
    """The transcript of the audio (if type is "audio")."""
