"""RealtimeClientEventConversationItemDelete: Send this event when you want to remove
any item from the conversation
history. The server will respond with a `conversation.item.deleted` event,
unless the item does not exist in the conversation history, in which case the
server will respond with an error.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeClientEventConversationItemDelete"]


class RealtimeClientEventConversationItemDelete(BaseModel):
    """Send this event when you want to remove any item from the conversation
    history. The server will respond with a `conversation.item.deleted` event,
    unless the item does not exist in the conversation history, in which case the
    server will respond with an error.
    """

    event_id: str | None = None
    """Optional client-generated ID used to identify this event."""

    type: Literal["conversation.item.delete"]
    """The event type, must be `conversation.item.delete`."""

    item_id: str
    """The ID of the item to delete."""
