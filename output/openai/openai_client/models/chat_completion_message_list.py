"""ChatCompletionMessageList: An object representing a list of chat completion messages."""

from typing import Literal

from .._base_model import BaseModel
from .chat_completion_message_list_data_item import ChatCompletionMessageListDataItem

__all__ = ["ChatCompletionMessageList"]


class ChatCompletionMessageList(BaseModel):
    """An object representing a list of chat completion messages."""

    object: Literal["list"]
    """The type of this object. It is always set to "list"."""

    data: list[ChatCompletionMessageListDataItem]
    """An array of chat completion message objects."""

    first_id: str
    """The identifier of the first chat message in the data array."""

    last_id: str
    """The identifier of the last chat message in the data array."""

    has_more: bool
    """Indicates whether there are more chat messages available."""
