"""ChatCompletionStreamOptions."""

from __future__ import annotations

from .chat_completion_stream_options_variant1 import ChatCompletionStreamOptionsVariant1
from typing_extensions import TypeAlias

__all__ = ["ChatCompletionStreamOptions"]

ChatCompletionStreamOptions: TypeAlias = ChatCompletionStreamOptionsVariant1 | None
"""ChatCompletionStreamOptions"""
