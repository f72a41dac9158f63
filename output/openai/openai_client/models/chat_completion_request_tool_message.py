from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ChatCompletionRequestToolMessage"]


class ChatCompletionRequestToolMessage(BaseModel):
    role: Literal["tool"]
    """The role of the messages author, in this case `tool`."""

    content: str | list[ChatCompletionRequestMessageContentPartText]
    """The contents of the tool message."""

    tool_call_id: str
    """Tool call that this message is responding to."""


# Imported last so that models referring to each other can load in any order.
from .chat_completion_request_message_content_part_text import (  # noqa: E402
    ChatCompletionRequestMessageContentPartText,
)
