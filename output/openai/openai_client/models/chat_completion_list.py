"""ChatCompletionList: An object representing a list of Chat Completions."""

from typing import Literal

from .._base_model import BaseModel
from .create_chat_completion_response import CreateChatCompletionResponse

__all__ = ["ChatCompletionList"]


class ChatCompletionList(BaseModel):
    """An object representing a list of Chat Completions."""

    object: Literal["list"]
    """The type of this object. It is always set to "list"."""

    data: list[CreateChatCompletionResponse]
    """An array of chat completion objects."""

    first_id: str
    """The identifier of the first chat completion in the data array."""

    last_id: str
    """The identifier of the last chat completion in the data array."""

    has_more: bool
    """Indicates whether there are more Chat Completions available."""
