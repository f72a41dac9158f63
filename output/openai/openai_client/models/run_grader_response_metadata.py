from typing import Any

from .._base_model import BaseModel
from .run_grader_response_metadata_errors import RunGraderResponseMetadataErrors

__all__ = ["RunGraderResponseMetadata"]


class RunGraderResponseMetadata(BaseModel):
    name: str

    type: str

    errors: RunGraderResponseMetadataErrors

    execution_time: float

    scores: dict[str, Any]

    token_usage: int | None

    sampled_model_name: str | None
