"""GraderScoreModel: A ScoreModelGrader object that uses a model to assign a score to
the input.
"""

from typing import Literal

from .._base_model import BaseModel
from .eval_item import EvalItem
from .grader_score_model_sampling_params import GraderScoreModelSamplingParams

__all__ = ["GraderScoreModel"]


class GraderScoreModel(BaseModel):
    """A ScoreModelGrader object that uses a model to assign a score to the input."""

    type: Literal["score_model"]
    """The object type, which is always `score_model`."""

    name: str
    """The name of the grader."""

    model: str
    """The model to use for the evaluation."""

    sampling_params: GraderScoreModelSamplingParams | None = None
    """The sampling parameters for the model."""

    input: list[EvalItem]
    """The input messages evaluated by the grader. Supports text, output text, input
    image, and input audio content blocks, and may include template strings.
    """

    range: list[float] | None = None
    """The range of the score. Defaults to `[0, 1]`."""
