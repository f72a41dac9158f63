"""RealtimeServerEventConversationItemDeleted: Returned when an item in the conversation
is deleted by the client with a
`conversation.item.delete` event. This event is used to synchronize the
server's understanding of the conversation history with the client's view.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeServerEventConversationItemDeleted"]


class RealtimeServerEventConversationItemDeleted(BaseModel):
    """Returned when an item in the conversation is deleted by the client with a
    `conversation.item.delete` event. This event is used to synchronize the
    server's understanding of the conversation history with the client's view.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.deleted"]
    """The event type, must be `conversation.item.deleted`."""

    item_id: str
    """The ID of the item that was deleted."""
