"""CustomToolChatCompletions: A custom tool that processes input using a specified
format.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["CustomToolChatCompletions"]


class CustomToolChatCompletions(BaseModel):
    """A custom tool that processes input using a specified format."""

    type: Literal["custom"]
    """The type of the custom tool. Always `custom`."""

    custom: CustomToolChatCompletionsCustom
    """Properties of the custom tool."""


# Imported last so that models referring to each other can load in any order.
from .custom_tool_chat_completions_custom import (  # noqa: E402
    CustomToolChatCompletionsCustom,
)
