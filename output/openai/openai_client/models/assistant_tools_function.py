from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["AssistantToolsFunction"]


class AssistantToolsFunction(BaseModel):
    type: Literal["function"]
    """The type of tool being defined: `function`"""

    function: FunctionObject


# Imported last so that models referring to each other can load in any order.
from .function_object import FunctionObject  # noqa: E402
