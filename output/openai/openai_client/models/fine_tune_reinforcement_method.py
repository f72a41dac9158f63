"""FineTuneReinforcementMethod: Configuration for the reinforcement fine-tuning method."""

from __future__ import annotations

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate

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


# Imported last so that models referring to each other can load in any order.
from .fine_tune_reinforcement_hyperparameters import (  # noqa: E402
    FineTuneReinforcementHyperparameters,
)
from .grader_multi import GraderMulti  # noqa: E402
from .grader_python import GraderPython  # noqa: E402
from .grader_score_model import GraderScoreModel  # noqa: E402
from .grader_string_check import GraderStringCheck  # noqa: E402
from .grader_text_similarity import GraderTextSimilarity  # noqa: E402
