"""GraderScoreModelSamplingParams: The sampling parameters for the model."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["GraderScoreModelSamplingParams"]


class GraderScoreModelSamplingParams(BaseModel):
    """The sampling parameters for the model."""

    seed: int | None = None

    top_p: float | None = None

    temperature: float | None = None

    max_completions_tokens: int | None = None

    reasoning_effort: ReasoningEffort | None = None


# Imported last so that models referring to each other can load in any order.
from .reasoning_effort import ReasoningEffort  # noqa: E402
