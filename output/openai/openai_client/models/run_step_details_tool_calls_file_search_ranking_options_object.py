"""RunStepDetailsToolCallsFileSearchRankingOptionsObject: The ranking options for the
file search.
"""

from .._base_model import BaseModel
from .file_search_ranker import FileSearchRanker

__all__ = ["RunStepDetailsToolCallsFileSearchRankingOptionsObject"]


class RunStepDetailsToolCallsFileSearchRankingOptionsObject(BaseModel):
    """The ranking options for the file search."""

    ranker: FileSearchRanker
    """The ranker to use for the file search. If not specified will use the `auto`
    ranker.
    """

    score_threshold: float
    """The score threshold for the file search. All values must be a floating point
    number between 0 and 1.
    """
