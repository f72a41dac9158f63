"""RunStepCompletionUsageVariant1: Usage statistics related to the run step. This value
will be `null` while the run step's status is `in_progress`.
"""

from .._base_model import BaseModel

__all__ = ["RunStepCompletionUsageVariant1"]


class RunStepCompletionUsageVariant1(BaseModel):
    """Usage statistics related to the run step. This value will be `null` while the run
    step's status is `in_progress`.
    """

    completion_tokens: int
    """Number of completion tokens used over the course of the run step."""

    prompt_tokens: int
    """Number of prompt tokens used over the course of the run step."""

    total_tokens: int
    """Total number of tokens used (prompt + completion)."""
