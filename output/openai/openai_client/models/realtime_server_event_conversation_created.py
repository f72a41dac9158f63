"""RealtimeServerEventConversationCreated: Returned when a conversation is created.
Emitted right after session creation.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeServerEventConversationCreated"]


class RealtimeServerEventConversationCreated(BaseModel):
    """Returned when a conversation is created. Emitted right after session creation."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.created"]
    """The event type, must be `conversation.created`."""

    conversation: RealtimeServerEventConversationCreatedConversation
    """The conversation resource."""


# Imported last so that models referring to each other can load in any order.
from .realtime_server_event_conversation_created_conversation import (  # noqa: E402
    RealtimeServerEventConversationCreatedConversation,
)
