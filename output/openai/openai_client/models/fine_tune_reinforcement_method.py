"""FineTuneReinforcementMethod: Configuration for the reinforcement fine-tuning method."""

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .fine_tune_reinforcement_hyperparameters import (
    FineTuneReinforcementHyperparameters,
)
from .grader_multi import GraderMulti
from .grader_python import GraderPython
from .grader_score_model import GraderScoreModel
from .grader_string_check import GraderStringCheck
from .grader_text_similarity import GraderTextSimilarity

__all__ = ["FineTuneReinforcementMethod"]


class FineTuneReinforcementMethod(BaseModel):
    """Configuration for the reinforcement fine-tuning method."""

    grader: Annotated[
        Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
        | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
        | Annotated[GraderPython, pydantic.Tag("GraderPython")]
        | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
        | Annotated[GraderMulti, pydantic.Tag("GraderMulti")]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "string_check": "GraderStringCheck",
                "text_similarity": "GraderTextSimilarity",
                "python": "GraderPython",
                "score_model": "GraderScoreModel",
                "multi": "GraderMulti",
            },
        ),
    ]
    """The grader used for the fine-tuning job."""

    hyperparameters: FineTuneReinforcementHyperparameters | None = None
    """The hyperparameters used for the reinforcement fine-tuning job."""
