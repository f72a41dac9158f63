"""BetaFileSearchTool: A tool that searches for relevant content from uploaded files.
Learn more about the [file search
tool](https://platform.openai.com/docs/guides/tools-file-search).
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_filters import BetaFilters
from .beta_ranking_options import BetaRankingOptions

__all__ = ["BetaFileSearchTool"]


class BetaFileSearchTool(BaseModel):
    """A tool that searches for relevant content from uploaded files. Learn more about
    the [file search
    tool](https://platform.openai.com/docs/guides/tools-file-search).
    """

    type: Literal["file_search"]
    """The type of the file search tool. Always `file_search`."""

    vector_store_ids: list[str]
    """The IDs of the vector stores to search."""

    max_num_results: int | None = None
    """The maximum number of results to return. This number should be between 1 and 50
    inclusive.
    """

    ranking_options: BetaRankingOptions | None = None
    """Ranking options for search."""

    filters: BetaFilters | None = None
