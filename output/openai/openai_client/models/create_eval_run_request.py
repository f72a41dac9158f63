from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
from .create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
from .create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource
from .metadata import Metadata

__all__ = ["CreateEvalRunRequest"]


class CreateEvalRunRequest(BaseModel):
    name: str | None = None
    """The name of the run."""

    metadata: Metadata | None = None

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
    """Details about the run's data source."""
