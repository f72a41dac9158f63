"""FileSearchRankingOptions: The ranking options for the file search. If not specified,
the file search tool will use the `auto` ranker and a score_threshold of 0.

See the [file search tool
documentation](https://api.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings)
for more information.
"""

from .._base_model import BaseModel
from .file_search_ranker import FileSearchRanker

__all__ = ["FileSearchRankingOptions"]


class FileSearchRankingOptions(BaseModel):
    """The ranking options for the file search. If not specified, the file search tool
    will use the `auto` ranker and a score_threshold of 0.

    See the [file search tool
    documentation](https://api.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings)
    for more information.
    """

    ranker: FileSearchRanker | None = None
    """The ranker to use for the file search. If not specified will use the `auto`
    ranker.
    """

    score_threshold: float
    """The score threshold for the file search. All values must be a floating point
    number between 0 and 1.
    """
