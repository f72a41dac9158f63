from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ListFineTuningJobCheckpointsResponse"]


class ListFineTuningJobCheckpointsResponse(BaseModel):
    data: list[FineTuningJobCheckpoint]

    object: Literal["list"]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool


# Imported last so that models referring to each other can load in any order.
from .fine_tuning_job_checkpoint import FineTuningJobCheckpoint  # noqa: E402
