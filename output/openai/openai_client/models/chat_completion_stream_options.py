from typing import TypeAlias

from .chat_completion_stream_options_variant1 import ChatCompletionStreamOptionsVariant1

__all__ = ["ChatCompletionStreamOptions"]

ChatCompletionStreamOptions: TypeAlias = ChatCompletionStreamOptionsVariant1 | None
