"""ChatCompletionMessageToolCall: A call to a function tool created by the model."""

from typing import Literal

from .._base_model import BaseModel
from .chat_completion_message_tool_call_function import (
    ChatCompletionMessageToolCallFunction,
)

__all__ = ["ChatCompletionMessageToolCall"]


class ChatCompletionMessageToolCall(BaseModel):
    """A call to a function tool created by the model."""

    id: str
    """The ID of the tool call."""

    type: Literal["function"]
    """The type of the tool. Currently, only `function` is supported."""

    function: ChatCompletionMessageToolCallFunction
    """The function that the model called."""
