"""ChatCompletionRequestSystemMessageContentPart."""

from __future__ import annotations

from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)
from typing_extensions import TypeAlias

__all__ = ["ChatCompletionRequestSystemMessageContentPart"]

ChatCompletionRequestSystemMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartText
)
"""ChatCompletionRequestSystemMessageContentPart"""
