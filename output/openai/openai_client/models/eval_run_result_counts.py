"""EvalRunResultCounts: Counters summarizing the outcomes of the evaluation run."""

from .._base_model import BaseModel

__all__ = ["EvalRunResultCounts"]


class EvalRunResultCounts(BaseModel):
    """Counters summarizing the outcomes of the evaluation run."""

    total: int
    """Total number of executed output items."""

    errored: int
    """Number of output items that resulted in an error."""

    failed: int
    """Number of output items that failed to pass the evaluation."""

    passed: int
    """Number of output items that passed the evaluation."""
