from __future__ import annotations

from typing import Any

from .._base_model import BaseModel

__all__ = ["RunGraderResponseMetadata"]


class RunGraderResponseMetadata(BaseModel):
    name: str

    type: str

    errors: RunGraderResponseMetadataErrors

    execution_time: float

    scores: dict[str, Any]

    token_usage: int | None

    sampled_model_name: str | None


# Imported last so that models referring to each other can load in any order.
from .run_grader_response_metadata_errors import (  # noqa: E402
    RunGraderResponseMetadataErrors,
)
