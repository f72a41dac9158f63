"""ChatCompletionNamedToolChoice: Specifies a tool the model should use. Use to force
the model to call a specific function.
"""

from typing import Literal

from .._base_model import BaseModel
from .chat_completion_named_tool_choice_function import (
    ChatCompletionNamedToolChoiceFunction,
)

__all__ = ["ChatCompletionNamedToolChoice"]


class ChatCompletionNamedToolChoice(BaseModel):
    """Specifies a tool the model should use. Use to force the model to call a specific
    function.
    """

    type: Literal["function"]
    """For function calling, the type is always `function`."""

    function: ChatCompletionNamedToolChoiceFunction
