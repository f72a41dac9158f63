"""ChatCompletionNamedToolChoiceCustom: Specifies a tool the model should use. Use to
force the model to call a specific custom tool.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ChatCompletionNamedToolChoiceCustom"]


class ChatCompletionNamedToolChoiceCustom(BaseModel):
    """Specifies a tool the model should use. Use to force the model to call a specific
    custom tool.
    """

    type: Literal["custom"]
    """For custom tool calling, the type is always `custom`."""

    custom: ChatCompletionNamedToolChoiceCustomCustom


# Imported last so that models referring to each other can load in any order.
from .chat_completion_named_tool_choice_custom_custom import (  # noqa: E402
    ChatCompletionNamedToolChoiceCustomCustom,
)
