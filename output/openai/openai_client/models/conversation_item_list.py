"""ConversationItemList: A list of Conversation items."""

from typing import Literal

from .._base_model import BaseModel
from .conversation_item import ConversationItem

__all__ = ["ConversationItemList"]


class ConversationItemList(BaseModel):
    """A list of Conversation items."""

    object: Literal["list"]
    """The type of object returned, must be `list`."""

    data: list[ConversationItem]
    """A list of conversation items."""

    has_more: bool
    """Whether there are more items available."""

    first_id: str
    """The ID of the first item in the list."""

    last_id: str
    """The ID of the last item in the list."""
