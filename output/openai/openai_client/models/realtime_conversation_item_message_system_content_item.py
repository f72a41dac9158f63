from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeConversationItemMessageSystemContentItem"]


class RealtimeConversationItemMessageSystemContentItem(BaseModel):
    type: Literal["input_text"] | None = None
    """The content type. Always `input_text` for system messages."""

    text: str | None = None
    """The text content."""
