"""RealtimeServerEventConversationItemRetrieved: Returned when a conversation item is
retrieved with `conversation.item.retrieve`. This is provided as a way to fetch the
server's representation of an item, for example to get access to the post-processed
audio data after noise cancellation and VAD. It includes the full content of the
Item, including audio data.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_conversation_item import RealtimeConversationItem

__all__ = ["RealtimeServerEventConversationItemRetrieved"]


class RealtimeServerEventConversationItemRetrieved(BaseModel):
    """Returned when a conversation item is retrieved with `conversation.item.retrieve`.
    This is provided as a way to fetch the server's representation of an item, for
    example to get access to the post-processed audio data after noise cancellation
    and VAD. It includes the full content of the Item, including audio data.
    """

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.retrieved"]
    """The event type, must be `conversation.item.retrieved`."""

    item: RealtimeConversationItem
    """A single item within a Realtime conversation."""
