from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .create_eval_custom_data_source_config import CreateEvalCustomDataSourceConfig
from .create_eval_label_model_grader import CreateEvalLabelModelGrader
from .create_eval_logs_data_source_config import CreateEvalLogsDataSourceConfig
from .create_eval_stored_completions_data_source_config import (
    CreateEvalStoredCompletionsDataSourceConfig,
)
from .eval_grader_python import EvalGraderPython
from .eval_grader_score_model import EvalGraderScoreModel
from .eval_grader_text_similarity import EvalGraderTextSimilarity
from .grader_string_check import GraderStringCheck
from .metadata import Metadata

__all__ = ["CreateEvalRequest"]


class CreateEvalRequest(BaseModel):
    name: str | None = None
    """The name of the evaluation."""

    metadata: Metadata | None = None

    data_source_config: Annotated[
        Annotated[
            CreateEvalCustomDataSourceConfig,
            pydantic.Tag("CreateEvalCustomDataSourceConfig"),
        ]
        | Annotated[
            CreateEvalLogsDataSourceConfig,
            pydantic.Tag("CreateEvalLogsDataSourceConfig"),
        ]
        | Annotated[
            CreateEvalStoredCompletionsDataSourceConfig,
            pydantic.Tag("CreateEvalStoredCompletionsDataSourceConfig"),
        ]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "custom": "CreateEvalCustomDataSourceConfig",
                "logs": "CreateEvalLogsDataSourceConfig",
                "stored_completions": "CreateEvalStoredCompletionsDataSourceConfig",
            },
        ),
    ]
    """The configuration for the data source used for the evaluation runs. Dictates the
    schema of the data used in the evaluation.
    """

    testing_criteria: list[
        Annotated[
            Annotated[
                CreateEvalLabelModelGrader, pydantic.Tag("CreateEvalLabelModelGrader")
            ]
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
                    "label_model": "CreateEvalLabelModelGrader",
                    "string_check": "GraderStringCheck",
                    "text_similarity": "EvalGraderTextSimilarity",
                    "python": "EvalGraderPython",
                    "score_model": "EvalGraderScoreModel",
                },
            ),
        ]
    ]
    """A list of graders for all eval runs in this group. Graders can reference
    variables in the data source using double curly braces notation, like
    `{{item.variable_name}}`. To reference the model's output, use the `sample`
    namespace (ie, `{{sample.output_text}}`).
    """
