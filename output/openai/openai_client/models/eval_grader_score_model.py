from .grader_score_model import GraderScoreModel

__all__ = ["EvalGraderScoreModel"]


class EvalGraderScoreModel(GraderScoreModel):
    pass_threshold: float | None = None
    """The threshold for the score."""


# Imported last so that models referring to each other can load in any order.
from .eval_item import EvalItem as EvalItem  # noqa: E402
from .grader_score_model_sampling_params import (  # noqa: E402
    GraderScoreModelSamplingParams as GraderScoreModelSamplingParams,
)
