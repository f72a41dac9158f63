from typing import Literal

from .._base_model import BaseModel
from .fine_tuning_job import FineTuningJob

__all__ = ["ListPaginatedFineTuningJobsResponse"]


class ListPaginatedFineTuningJobsResponse(BaseModel):
    data: list[FineTuningJob]

    has_more: bool

    object: Literal["list"]
