"""ChatCompletionMessageCustomToolCall: A call to a custom tool created by the model."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ChatCompletionMessageCustomToolCall"]


class ChatCompletionMessageCustomToolCall(BaseModel):
    """A call to a custom tool created by the model."""

    id: str
    """The ID of the tool call."""

    type: Literal["custom"]
    """The type of the tool. Always `custom`."""

    custom: ChatCompletionMessageCustomToolCallCustom
    """The custom tool that the model called."""


# Imported last so that models referring to each other can load in any order.
from .chat_completion_message_custom_tool_call_custom import (  # noqa: E402
    ChatCompletionMessageCustomToolCallCustom,
)
