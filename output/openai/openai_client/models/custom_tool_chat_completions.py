"""CustomToolChatCompletions: A custom tool that processes input using a specified
format.
"""

from typing import Literal

from .._base_model import BaseModel
from .custom_tool_chat_completions_custom import CustomToolChatCompletionsCustom

__all__ = ["CustomToolChatCompletions"]


class CustomToolChatCompletions(BaseModel):
    """A custom tool that processes input using a specified format."""

    type: Literal["custom"]
    """The type of the custom tool. Always `custom`."""

    custom: CustomToolChatCompletionsCustom
    """Properties of the custom tool."""
