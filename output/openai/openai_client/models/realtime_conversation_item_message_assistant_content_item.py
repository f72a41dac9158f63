from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeConversationItemMessageAssistantContentItem"]


class RealtimeConversationItemMessageAssistantContentItem(BaseModel):
    type: Literal["output_text", "output_audio"] | str | None = None
    """The content type, `output_text` or `output_audio` depending on the session
    `output_modalities` configuration.
    """

    text: str | None = None
    """The text content."""

    audio: str | None = None
    """Base64-encoded audio bytes, these will be parsed as the format specified in the
    session output audio type configuration. This defaults to PCM 16-bit 24kHz mono
    if not specified.
    """

    transcript: str | None = None
    """The transcript of the audio content, this will always be present if the output
    type is `audio`.
    """
