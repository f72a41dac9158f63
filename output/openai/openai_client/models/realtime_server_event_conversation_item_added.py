"""RealtimeServerEventConversationItemAdded: Sent by the server when an Item is added to
the default Conversation. This can happen in several cases:
- When the client sends a `conversation.item.create` event.
- When the input audio buffer is committed. In this case the item will be a user
  message containing the audio from the buffer.
- When the model is generating a Response. In this case the `conversation.item.added`
  event will be sent when the model starts generating a specific Item, and thus it
  will not yet have any content (and `status` will be `in_progress`).

The event will include the full content of the Item (except when model is generating
a Response) except for audio data, which can be retrieved separately with a
`conversation.item.retrieve` event if necessary.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_conversation_item import RealtimeConversationItem

__all__ = ["RealtimeServerEventConversationItemAdded"]


class RealtimeServerEventConversationItemAdded(BaseModel):
    """Sent by the server when an Item is added to the default Conversation. This can
    happen in several cases:
    - When the client sends a `conversation.item.create` event.
    - When the input audio buffer is committed. In this case the item will be a user
      message containing the audio from the buffer.
    - When the model is generating a Response. In this case the
      `conversation.item.added` event will be sent when the model starts generating a
      specific Item, and thus it will not yet have any content (and `status` will be
      `in_progress`).

    The event will include the full content of the Item (except when model is
    generating a Response) except for audio data, which can be retrieved separately
    with a `conversation.item.retrieve` event if necessary.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.added"]
    """The event type, must be `conversation.item.added`."""

    previous_item_id: str | None = None

    item: RealtimeConversationItem
    """A single item within a Realtime conversation."""
