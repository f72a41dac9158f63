"""RealtimeBetaServerEventConversationItemRetrieved: Returned when a conversation item
is retrieved with `conversation.item.retrieve`.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_conversation_item import RealtimeConversationItem

__all__ = ["RealtimeBetaServerEventConversationItemRetrieved"]


class RealtimeBetaServerEventConversationItemRetrieved(BaseModel):
    """Returned when a conversation item is retrieved with `conversation.item.retrieve`."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.retrieved"]
    """The event type, must be `conversation.item.retrieved`."""

    item: RealtimeConversationItem
    """A single item within a Realtime conversation."""
