"""Eval: An Eval object with a data source config and testing criteria.
An Eval represents a task to be done for your LLM integration.
Like:
 - Improve the quality of my chatbot
 - See how well my chatbot handles customer support
 - Check if o4-mini is better at my usecase than gpt-4o
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .eval_custom_data_source_config import EvalCustomDataSourceConfig
from .eval_grader_python import EvalGraderPython
from .eval_grader_score_model import EvalGraderScoreModel
from .eval_grader_text_similarity import EvalGraderTextSimilarity
from .eval_logs_data_source_config import EvalLogsDataSourceConfig
from .eval_stored_completions_data_source_config import (
    EvalStoredCompletionsDataSourceConfig,
)
from .grader_label_model import GraderLabelModel
from .grader_string_check import GraderStringCheck
from .metadata import Metadata

__all__ = ["Eval"]


class Eval(BaseModel):
    """An Eval object with a data source config and testing criteria.
    An Eval represents a task to be done for your LLM integration.
    Like:
     - Improve the quality of my chatbot
     - See how well my chatbot handles customer support
     - Check if o4-mini is better at my usecase than gpt-4o
    """

    object: Literal["eval"]
    """The object type."""

    id: str
    """Unique identifier for the evaluation."""

    name: str
    """The name of the evaluation."""

    data_source_config: Annotated[
        Annotated[
            EvalCustomDataSourceConfig, pydantic.Tag("EvalCustomDataSourceConfig")
        ]
        | Annotated[EvalLogsDataSourceConfig, pydantic.Tag("EvalLogsDataSourceConfig")]
        | Annotated[
            EvalStoredCompletionsDataSourceConfig,
            pydantic.Tag("EvalStoredCompletionsDataSourceConfig"),
        ]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "custom": "EvalCustomDataSourceConfig",
                "logs": "EvalLogsDataSourceConfig",
                "stored_completions": "EvalStoredCompletionsDataSourceConfig",
            },
        ),
    ]
    """Configuration of data sources used in runs of the evaluation."""

    testing_criteria: list[
        Annotated[
            Annotated[GraderLabelModel, pydantic.Tag("GraderLabelModel")]
            | Annotated[GraderStringCheck, pydantic.Tag("GraderStringCheck")]
            | Annotated[
                EvalGraderTextSimilarity, pydantic.Tag("EvalGraderTextSimilarity")
            ]
            | Annotated[EvalGraderPython, pydantic.Tag("EvalGraderPython")]
            | Annotated[EvalGraderScoreModel, pydantic.Tag("EvalGraderScoreModel")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "label_model": "GraderLabelModel",
                    "string_check": "GraderStringCheck",
                    "text_similarity": "EvalGraderTextSimilarity",
                    "python": "EvalGraderPython",
                    "score_model": "EvalGraderScoreModel",
                },
            ),
        ]
    ]
    """A list of testing criteria."""

    created_at: int
    """The Unix timestamp (in seconds) for when the eval was created."""

    metadata: Metadata
