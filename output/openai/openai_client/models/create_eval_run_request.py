from __future__ import annotations

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate

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


# Imported last so that models referring to each other can load in any order.
from .create_eval_completions_run_data_source import (  # noqa: E402
    CreateEvalCompletionsRunDataSource,
)
from .create_eval_jsonl_run_data_source import (  # noqa: E402
    CreateEvalJsonlRunDataSource,
)
from .create_eval_responses_run_data_source import (  # noqa: E402
    CreateEvalResponsesRunDataSource,
)
from .metadata import Metadata  # noqa: E402
