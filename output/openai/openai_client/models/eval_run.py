"""EvalRun: A schema representing an evaluation run."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
from .create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
from .create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource
from .eval_api_error import EvalApiError
from .eval_run_per_model_usage_item import EvalRunPerModelUsageItem
from .eval_run_per_testing_criteria_results_item import (
    EvalRunPerTestingCriteriaResultsItem,
)
from .eval_run_result_counts import EvalRunResultCounts
from .metadata import Metadata

__all__ = ["EvalRun"]


class EvalRun(BaseModel):
    """A schema representing an evaluation run."""

    object: Literal["eval.run"]
    """The type of the object. Always "eval.run"."""

    id: str
    """Unique identifier for the evaluation run."""

    eval_id: str
    """The identifier of the associated evaluation."""

    status: str
    """The status of the evaluation run."""

    model: str
    """The model that is evaluated, if applicable."""

    name: str
    """The name of the evaluation run."""

    created_at: int
    """Unix timestamp (in seconds) when the evaluation run was created."""

    report_url: str
    """The URL to the rendered evaluation run report on the UI dashboard."""

    result_counts: EvalRunResultCounts
    """Counters summarizing the outcomes of the evaluation run."""

    per_model_usage: list[EvalRunPerModelUsageItem]
    """Usage statistics for each model during the evaluation run."""

    per_testing_criteria_results: list[EvalRunPerTestingCriteriaResultsItem]
    """Results per testing criteria applied during the evaluation run."""

    data_source: Annotated[
        Annotated[
            CreateEvalJsonlRunDataSource, pydantic.Tag("CreateEvalJsonlRunDataSource")
        ]
        | Annotated[
            CreateEvalCompletionsRunDataSource,
            pydantic.Tag("CreateEvalCompletionsRunDataSource"),
        ]
        | Annotated[
            CreateEvalResponsesRunDataSource,
            pydantic.Tag("CreateEvalResponsesRunDataSource"),
        ]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "jsonl": "CreateEvalJsonlRunDataSource",
                "completions": "CreateEvalCompletionsRunDataSource",
                "responses": "CreateEvalResponsesRunDataSource",
            },
        ),
    ]
    """Information about the run's data source."""

    metadata: Metadata

    error: EvalApiError
    """An object representing an error response from the Eval API."""
