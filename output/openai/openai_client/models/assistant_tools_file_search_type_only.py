from typing import Literal

from .._base_model import BaseModel

__all__ = ["AssistantToolsFileSearchTypeOnly"]


class AssistantToolsFileSearchTypeOnly(BaseModel):
    type: Literal["file_search"]
    """The type of tool being defined: `file_search`"""
