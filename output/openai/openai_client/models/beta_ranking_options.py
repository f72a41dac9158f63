from .._base_model import BaseModel
from .beta_hybrid_search_options import BetaHybridSearchOptions
from .beta_ranker_version_type import BetaRankerVersionType

__all__ = ["BetaRankingOptions"]


class BetaRankingOptions(BaseModel):
    ranker: BetaRankerVersionType | None = None
    """The ranker to use for the file search."""

    score_threshold: float | None = None
    """The score threshold for the file search, a number between 0 and 1. Numbers closer
    to 1 will attempt to return only the most relevant results, but may return fewer
    results.
    """

    hybrid_search: BetaHybridSearchOptions | None = None
    """Weights that control how reciprocal rank fusion balances semantic embedding
    matches versus sparse keyword matches when hybrid search is enabled.
    """
