from .._base_model import BaseModel

__all__ = ["EvalRunPerTestingCriteriaResultsItem"]


class EvalRunPerTestingCriteriaResultsItem(BaseModel):
    testing_criteria: str
    """A description of the testing criteria."""

    passed: int
    """Number of tests passed for this criteria."""

    failed: int
    """Number of tests failed for this criteria."""
