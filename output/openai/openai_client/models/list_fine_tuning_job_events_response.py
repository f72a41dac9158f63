from typing import Literal

from .._base_model import BaseModel
from .fine_tuning_job_event import FineTuningJobEvent

__all__ = ["ListFineTuningJobEventsResponse"]


class ListFineTuningJobEventsResponse(BaseModel):
    data: list[FineTuningJobEvent]

    object: Literal["list"]

    has_more: bool
