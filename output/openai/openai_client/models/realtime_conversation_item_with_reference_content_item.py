from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeConversationItemWithReferenceContentItem"]


class RealtimeConversationItemWithReferenceContentItem(BaseModel):
    type: (
        Literal["input_audio", "input_text", "item_reference", "text"] | str | None
    ) = None
    """The content type (`input_text`, `input_audio`, `item_reference`, `text`)."""

    text: str | None = None
    """The text content, used for `input_text` and `text` content types."""

    id: str | None = None
    """ID of a previous conversation item to reference (for `item_reference`
    content types in `response.create` events). These can reference both
    client and server created items.
    """

    audio: str | None = None
    """Base64-encoded audio bytes, used for `input_audio` content type."""

    transcript: str | None = None
    """The transcript of the audio, used for `input_audio` content type."""
