from __future__ import annotations

from typing import Any

from .._base_model import BaseModel

__all__ = ["RunGraderResponse"]


class RunGraderResponse(BaseModel):
    reward: float

    metadata: RunGraderResponseMetadata

    sub_rewards: dict[str, Any]

    model_grader_token_usage_per_model: dict[str, Any]


# Imported last so that models referring to each other can load in any order.
from .run_grader_response_metadata import RunGraderResponseMetadata  # noqa: E402
