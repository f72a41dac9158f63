"""GraderMulti: A MultiGrader object combines the output of multiple graders to produce
a single score.
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .grader_label_model import GraderLabelModel
from .grader_python import GraderPython
from .grader_score_model import GraderScoreModel
from .grader_string_check import GraderStringCheck
from .grader_text_similarity import GraderTextSimilarity

__all__ = ["GraderMulti"]


class GraderMulti(BaseModel):
    """A MultiGrader object combines the output of multiple graders to produce a single
    score.
    """

    type: Literal["multi"]
    """The object type, which is always `multi`."""

    name: str
    """The name of the grader."""

    graders: Annotated[
        Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
        | Annotated[GraderTextSimilarity, pydantic.Tag("GraderTextSimilarity")]
        | Annotated[GraderPython, pydantic.Tag("GraderPython")]
        | Annotated[GraderScoreModel, pydantic.Tag("GraderScoreModel")]
        | Annotated[GraderLabelModel, pydantic.Tag("GraderLabelModel")]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "string_check": "GraderStringCheck",
                "text_similarity": "GraderTextSimilarity",
                "python": "GraderPython",
                "score_model": "GraderScoreModel",
                "label_model": "GraderLabelModel",
            },
        ),
    ]

    calculate_output: str
    """A formula to calculate the output based on grader results."""
