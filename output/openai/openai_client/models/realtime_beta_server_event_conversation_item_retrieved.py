"""RealtimeBetaServerEventConversationItemRetrieved: Returned when a conversation item
is retrieved with `conversation.item.retrieve`.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeBetaServerEventConversationItemRetrieved"]


class RealtimeBetaServerEventConversationItemRetrieved(BaseModel):
    """Returned when a conversation item is retrieved with `conversation.item.retrieve`."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["conversation.item.retrieved"]
    """The event type, must be `conversation.item.retrieved`."""

    item: RealtimeConversationItem
    """A single item within a Realtime conversation."""


# Imported last so that models referring to each other can load in any order.
from .realtime_conversation_item import RealtimeConversationItem  # noqa: E402
