from typing import Literal

from .._base_model import BaseModel
from .chat_completion_message_tool_call_chunk_function import (
    ChatCompletionMessageToolCallChunkFunction,
)

__all__ = ["ChatCompletionMessageToolCallChunk"]


class ChatCompletionMessageToolCallChunk(BaseModel):
    index: int

    id: str | None = None
    """The ID of the tool call."""

    type: Literal["function"] | None = None
    """The type of the tool. Currently, only `function` is supported."""

    function: ChatCompletionMessageToolCallChunkFunction | None = None
