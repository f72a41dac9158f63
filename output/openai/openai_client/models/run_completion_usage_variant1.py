"""RunCompletionUsageVariant1: Usage statistics related to the run. This value will be
`null` if the run is not in a terminal state (i.e. `in_progress`, `queued`, etc.).
"""

from .._base_model import BaseModel

__all__ = ["RunCompletionUsageVariant1"]


class RunCompletionUsageVariant1(BaseModel):
    """Usage statistics related to the run. This value will be `null` if the run is not
    in a terminal state (i.e. `in_progress`, `queued`, etc.).
    """

    completion_tokens: int
    """Number of completion tokens used over the course of the run."""

    prompt_tokens: int
    """Number of prompt tokens used over the course of the run."""

    total_tokens: int
    """Total number of tokens used (prompt + completion)."""
