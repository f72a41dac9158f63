"""RealtimeServerEventConversationCreatedConversation: The conversation resource."""

from .._base_model import BaseModel

__all__ = ["RealtimeServerEventConversationCreatedConversation"]


class RealtimeServerEventConversationCreatedConversation(BaseModel):
    """The conversation resource."""

    id: str | None = None
    """The unique ID of the conversation."""

    object: str | None = None
    """The object type, must be `realtime.conversation`."""
