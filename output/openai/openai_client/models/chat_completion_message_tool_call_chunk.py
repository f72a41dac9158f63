from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ChatCompletionMessageToolCallChunk"]


class ChatCompletionMessageToolCallChunk(BaseModel):
    index: int

    id: str | None = None
    """The ID of the tool call."""

    type: Literal["function"] | None = None
    """The type of the tool. Currently, only `function` is supported."""

    function: ChatCompletionMessageToolCallChunkFunction | None = None


# Imported last so that models referring to each other can load in any order.
from .chat_completion_message_tool_call_chunk_function import (  # noqa: E402
    ChatCompletionMessageToolCallChunkFunction,
)
