from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .grader_multi import GraderMulti
from .grader_python import GraderPython
from .grader_score_model import GraderScoreModel
from .grader_string_check import GraderStringCheck
from .grader_text_similarity import GraderTextSimilarity

__all__ = ["RunGraderRequest"]


class RunGraderRequest(BaseModel):
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

    item: dict[str, Any] | None = None
    """The dataset item provided to the grader. This will be used to populate
    the `item` namespace. See [the guide](https://api.openai.com/docs/guides/graders)
    for more details.
    """

    model_sample: str
    """The model sample to be evaluated. This value will be used to populate
    the `sample` namespace. See [the
    guide](https://api.openai.com/docs/guides/graders) for more details.
    The `output_json` variable will be populated if the model sample is a
    valid JSON string.
    """
