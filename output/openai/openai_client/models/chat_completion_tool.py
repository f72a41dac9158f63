"""ChatCompletionTool: A function tool that can be used to generate a response."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ChatCompletionTool"]


class ChatCompletionTool(BaseModel):
    """A function tool that can be used to generate a response."""

    type: Literal["function"]
    """The type of the tool. Currently, only `function` is supported."""

    function: FunctionObject


# Imported last so that models referring to each other can load in any order.
from .function_object import FunctionObject  # noqa: E402
