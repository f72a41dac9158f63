from typing import Literal

from .._base_model import BaseModel

__all__ = ["AssistantToolsCode"]


class AssistantToolsCode(BaseModel):
    type: Literal["code_interpreter"]
    """The type of tool being defined: `code_interpreter`"""
