from typing import Literal

from .._base_model import BaseModel
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)

__all__ = ["ChatCompletionRequestToolMessage"]


class ChatCompletionRequestToolMessage(BaseModel):
    role: Literal["tool"]
    """The role of the messages author, in this case `tool`."""

    content: str | list[ChatCompletionRequestMessageContentPartText]
    """The contents of the tool message."""

    tool_call_id: str
    """Tool call that this message is responding to."""
