"""ChatCompletionMessageCustomToolCall: A call to a custom tool created by the model."""

from typing import Literal

from .._base_model import BaseModel
from .chat_completion_message_custom_tool_call_custom import (
    ChatCompletionMessageCustomToolCallCustom,
)

__all__ = ["ChatCompletionMessageCustomToolCall"]


class ChatCompletionMessageCustomToolCall(BaseModel):
    """A call to a custom tool created by the model."""

    id: str
    """The ID of the tool call."""

    type: Literal["custom"]
    """The type of the tool. Always `custom`."""

    custom: ChatCompletionMessageCustomToolCallCustom
    """The custom tool that the model called."""
