"""GraderScoreModelSamplingParams: The sampling parameters for the model."""

from .._base_model import BaseModel
from .reasoning_effort import ReasoningEffort

__all__ = ["GraderScoreModelSamplingParams"]


class GraderScoreModelSamplingParams(BaseModel):
    """The sampling parameters for the model."""

    seed: int | None = None

    top_p: float | None = None

    temperature: float | None = None

    max_completions_tokens: int | None = None

    reasoning_effort: ReasoningEffort | None = None
