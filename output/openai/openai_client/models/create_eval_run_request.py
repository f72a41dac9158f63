"""CreateEvalRunRequest."""

from __future__ import annotations

import pydantic
from .._base_model import discriminate
from typing import Annotated, Any

from .._base_model import BaseModel

__all__ = ["CreateEvalRunRequest"]


class CreateEvalRunRequest(BaseModel):
    """CreateEvalRunRequest"""

    name: str | None = None
    """The name of the run."""

    metadata: Metadata | None = None

    data_source: Annotated[
        Annotated[CreateEvalJsonlRunDataSource, pydantic.Tag("CreateEvalJsonlRunDataSource")]
        | Annotated[
            CreateEvalCompletionsRunDataSource, pydantic.Tag("CreateEvalCompletionsRunDataSource")
        ]
        | Annotated[
            CreateEvalResponsesRunDataSource, pydantic.Tag("CreateEvalResponsesRunDataSource")
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


# Imported last so that models referring to each other can load in any order.
from .create_eval_completions_run_data_source import (
    CreateEvalCompletionsRunDataSource,
)  # noqa: E402
from .create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource  # noqa: E402
from .create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource  # noqa: E402
from .metadata import Metadata  # noqa: E402
