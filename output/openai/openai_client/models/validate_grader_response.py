from __future__ import annotations

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate

__all__ = ["ValidateGraderResponse"]


class ValidateGraderResponse(BaseModel):
    grader: (
        Annotated[
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
        | None
    ) = None
    """The grader used for the fine-tuning job."""


# Imported last so that models referring to each other can load in any order.
from .grader_multi import GraderMulti  # noqa: E402
from .grader_python import GraderPython  # noqa: E402
from .grader_score_model import GraderScoreModel  # noqa: E402
from .grader_string_check import GraderStringCheck  # noqa: E402
from .grader_text_similarity import GraderTextSimilarity  # noqa: E402
