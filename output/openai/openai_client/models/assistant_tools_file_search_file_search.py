"""AssistantToolsFileSearchFileSearch: Overrides for the file search tool."""

from .._base_model import BaseModel
from .file_search_ranking_options import FileSearchRankingOptions

__all__ = ["AssistantToolsFileSearchFileSearch"]


class AssistantToolsFileSearchFileSearch(BaseModel):
    """Overrides for the file search tool."""

    max_num_results: int | None = None
    """The maximum number of results the file search tool should output. The default is
    20 for `gpt-4*` models and 5 for `gpt-3.5-turbo`. This number should be between 1
    and 50 inclusive.

    Note that the file search tool may output fewer than `max_num_results` results.
    See the [file search tool
    documentation](https://api.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings)
    for more information.
    """

    ranking_options: FileSearchRankingOptions | None = None
    """The ranking options for the file search. If not specified, the file search tool
    will use the `auto` ranker and a score_threshold of 0.

    See the [file search tool
    documentation](https://api.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings)
    for more information.
    """
