from typing import Literal

from .._base_model import BaseModel
from .function_object import FunctionObject

__all__ = ["AssistantToolsFunction"]


class AssistantToolsFunction(BaseModel):
    type: Literal["function"]
    """The type of tool being defined: `function`"""

    function: FunctionObject
