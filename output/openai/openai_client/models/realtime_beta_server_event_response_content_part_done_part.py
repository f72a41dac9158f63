"""RealtimeBetaServerEventResponseContentPartDonePart: The content part that is done."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeBetaServerEventResponseContentPartDonePart"]


class RealtimeBetaServerEventResponseContentPartDonePart(BaseModel):
    """The content part that is done."""

    type: Literal["audio", "text"] | str | None = None
    """The content type ("text", "audio")."""

    text: str | None = None
    """The text content (if type is "text")."""

    audio: str | None = None
    """Base64-encoded audio data (if type is "audio")."""

    transcript: str | None = None
    """The transcript of the audio (if type is "audio")."""
