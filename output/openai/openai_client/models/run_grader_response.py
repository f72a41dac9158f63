from typing import Any

from .._base_model import BaseModel
from .run_grader_response_metadata import RunGraderResponseMetadata

__all__ = ["RunGraderResponse"]


class RunGraderResponse(BaseModel):
    reward: float

    metadata: RunGraderResponseMetadata

    sub_rewards: dict[str, Any]

    model_grader_token_usage_per_model: dict[str, Any]
