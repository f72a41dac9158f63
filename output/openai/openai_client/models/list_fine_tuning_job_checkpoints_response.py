from typing import Literal

from .._base_model import BaseModel
from .fine_tuning_job_checkpoint import FineTuningJobCheckpoint

__all__ = ["ListFineTuningJobCheckpointsResponse"]


class ListFineTuningJobCheckpointsResponse(BaseModel):
    data: list[FineTuningJobCheckpoint]

    object: Literal["list"]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
