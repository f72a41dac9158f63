"""ChatCompletionToolChoiceOption: Controls which (if any) tool is called by the model.
`none` means the model will not call any tool and instead generates a message.
`auto` means the model can pick between generating a message or calling one or more
tools.
`required` means the model must call one or more tools.
Specifying a particular tool via `{"type": "function", "function": {"name":
"my_function"}}` forces the model to call that tool.

`none` is the default when no tools are present. `auto` is the default if tools are
present.
"""

from typing import Literal, TypeAlias

from .chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
from .chat_completion_named_tool_choice_custom import (
    ChatCompletionNamedToolChoiceCustom,
)

__all__ = ["ChatCompletionToolChoiceOption"]

ChatCompletionToolChoiceOption: TypeAlias = (
    Literal["none", "auto", "required"]
    | str
    | ChatCompletionAllowedToolsChoice
    | ChatCompletionNamedToolChoice
    | ChatCompletionNamedToolChoiceCustom
)
"""Controls which (if any) tool is called by the model.
`none` means the model will not call any tool and instead generates a message.
`auto` means the model can pick between generating a message or calling one or more
tools.
`required` means the model must call one or more tools.
Specifying a particular tool via `{"type": "function", "function": {"name":
"my_function"}}` forces the model to call that tool.

`none` is the default when no tools are present. `auto` is the default if tools are
present.
"""
