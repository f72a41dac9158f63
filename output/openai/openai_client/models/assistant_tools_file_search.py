from typing import Literal

from .._base_model import BaseModel
from .assistant_tools_file_search_file_search import AssistantToolsFileSearchFileSearch

__all__ = ["AssistantToolsFileSearch"]


class AssistantToolsFileSearch(BaseModel):
    type: Literal["file_search"]
    """The type of tool being defined: `file_search`"""

    file_search: AssistantToolsFileSearchFileSearch | None = None
    """Overrides for the file search tool."""
