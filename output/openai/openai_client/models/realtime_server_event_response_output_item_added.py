"""RealtimeServerEventResponseOutputItemAdded: Returned when a new Item is created
during Response generation.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_conversation_item import RealtimeConversationItem

__all__ = ["RealtimeServerEventResponseOutputItemAdded"]


class RealtimeServerEventResponseOutputItemAdded(BaseModel):
    """Returned when a new Item is created during Response generation."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.output_item.added"]
    """The event type, must be `response.output_item.added`."""

    response_id: str
    """The ID of the Response to which the item belongs."""

    output_index: int
    """The index of the output item in the Response."""

    item: RealtimeConversationItem
    """A single item within a Realtime conversation."""
