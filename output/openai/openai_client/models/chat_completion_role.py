"""ChatCompletionRole: The role of the author of a message"""

from typing import Literal, TypeAlias

__all__ = ["ChatCompletionRole"]

ChatCompletionRole: TypeAlias = (
    Literal["developer", "system", "user", "assistant", "tool", "function"] | str
)
"""The role of the author of a message"""
