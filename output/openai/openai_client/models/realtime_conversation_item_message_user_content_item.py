from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeConversationItemMessageUserContentItem"]


class RealtimeConversationItemMessageUserContentItem(BaseModel):
    type: Literal["input_text", "input_audio", "input_image"] | str | None = None
    """The content type (`input_text`, `input_audio`, or `input_image`)."""

    text: str | None = None
    """The text content (for `input_text`)."""

    audio: str | None = None
    """Base64-encoded audio bytes (for `input_audio`), these will be parsed as the
    format specified in the session input audio type configuration. This defaults to
    PCM 16-bit 24kHz mono if not specified.
    """

    image_url: str | None = None
    """Base64-encoded image bytes (for `input_image`) as a data URI. For example
    `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA...`. Supported formats are PNG
    and JPEG.
    """

    detail: Literal["auto", "low", "high"] | str | None = None
    """The detail level of the image (for `input_image`). `auto` will default to `high`."""

    transcript: str | None = None
    """Transcript of the audio (for `input_audio`). This is not sent to the model, but
    will be attached to the message item for reference.
    """
