"""ChatCompletionNamedToolChoice: Specifies a tool the model should use. Use to force
the model to call a specific function.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ChatCompletionNamedToolChoice"]


class ChatCompletionNamedToolChoice(BaseModel):
    """Specifies a tool the model should use. Use to force the model to call a specific
    function.
    """

    type: Literal["function"]
    """For function calling, the type is always `function`."""

    function: ChatCompletionNamedToolChoiceFunction


# Imported last so that models referring to each other can load in any order.
from .chat_completion_named_tool_choice_function import (  # noqa: E402
    ChatCompletionNamedToolChoiceFunction,
)
