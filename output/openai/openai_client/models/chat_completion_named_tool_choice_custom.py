"""ChatCompletionNamedToolChoiceCustom: Specifies a tool the model should use. Use to
force the model to call a specific custom tool.
"""

from typing import Literal

from .._base_model import BaseModel
from .chat_completion_named_tool_choice_custom_custom import (
    ChatCompletionNamedToolChoiceCustomCustom,
)

__all__ = ["ChatCompletionNamedToolChoiceCustom"]


class ChatCompletionNamedToolChoiceCustom(BaseModel):
    """Specifies a tool the model should use. Use to force the model to call a specific
    custom tool.
    """

    type: Literal["custom"]
    """For custom tool calling, the type is always `custom`."""

    custom: ChatCompletionNamedToolChoiceCustomCustom
