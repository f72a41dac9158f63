"""RealtimeServerEventConversationItemCreated: Returned when a conversation item is
created. There are several scenarios that produce this event:
  - The server is generating a Response, which if successful will produce
    either one or two Items, which will be of type `message`
    (role `assistant`) or type `function_call`.
  - The input audio buffer has been committed, either by the client or the
    server (in `server_vad` mode). The server will take the content of the
    input audio buffer and add it to a new user message Item.
  - The client has sent a `conversation.item.create` event to add a new Item
    to the Conversation.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_conversation_item import RealtimeConversationItem

__all__ = ["RealtimeServerEventConversationItemCreated"]


class RealtimeServerEventConversationItemCreated(BaseModel):
    """Returned when a conversation item is created. There are several scenarios that
    produce this event:
      - The server is generating a Response, which if successful will produce
        either one or two Items, which will be of type `message`
        (role `assistant`) or type `function_call`.
      - The input audio buffer has been committed, either by the client or the
        server (in `server_vad` mode). The server will take the content of the
        input audio buffer and add it to a new user message Item.
      - The client has sent a `conversation.item.create` event to add a new Item
        to the Conversation.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.created"]
    """The event type, must be `conversation.item.created`."""

    previous_item_id: str | None = None

    item: RealtimeConversationItem
    """A single item within a Realtime conversation."""
