"""ChatCompletionTool: A function tool that can be used to generate a response."""

from typing import Literal

from .._base_model import BaseModel
from .function_object import FunctionObject

__all__ = ["ChatCompletionTool"]


class ChatCompletionTool(BaseModel):
    """A function tool that can be used to generate a response."""

    type: Literal["function"]
    """The type of the tool. Currently, only `function` is supported."""

    function: FunctionObject
