"""RealtimeServerEventConversationCreated: Returned when a conversation is created.
Emitted right after session creation.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_server_event_conversation_created_conversation import (
    RealtimeServerEventConversationCreatedConversation,
)

__all__ = ["RealtimeServerEventConversationCreated"]


class RealtimeServerEventConversationCreated(BaseModel):
    """Returned when a conversation is created. Emitted right after session creation."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.created"]
    """The event type, must be `conversation.created`."""

    conversation: RealtimeServerEventConversationCreatedConversation
    """The conversation resource."""
